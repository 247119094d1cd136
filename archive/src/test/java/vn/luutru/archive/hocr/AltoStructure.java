package vn.luutru.archive.hocr;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A structural check of an ALTO v4 file written from the ALTO 4.2 specification (the
 * Library of Congress's schema documentation), for tests. It is NOT validation against
 * the official XSD, which no reachable package repository carries: it checks the
 * namespace, the order of the elements this archive writes, their required attributes and
 * the types of the values (non-negative numbers, a confidence within 0–1, unique IDs).
 */
public final class AltoStructure {

	/** The ALTO v4 namespace. */
	public static final String NS = "http://www.loc.gov/standards/alto/ns-v4#";

	private AltoStructure() {
	}

	/**
	 * The file's breaches of the specification; empty when it keeps to it.
	 */
	public static List<String> problems(String alto) {
		List<String> problems = new ArrayList<>();
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(alto))).getDocumentElement();
		}
		catch (Exception ex) {
			return List.of("not well-formed: " + ex.getMessage());
		}
		check(problems, NS.equals(root.getNamespaceURI()) && root.getLocalName().equals("alto"),
				"the root is not {" + NS + "}alto");
		List<Element> top = children(root);
		check(problems, names(top).equals(List.of("Description", "Layout")),
				"alto holds " + names(top) + ", not Description, Layout");
		if (top.size() == 2) {
			description(problems, top.get(0));
			layout(problems, top.get(1));
		}
		ids(problems, root);
		return problems;
	}

	private static void description(List<String> problems, Element description) {
		List<Element> parts = children(description);
		List<String> names = names(parts);
		check(problems, !names.isEmpty() && names.get(0).equals("MeasurementUnit"), "MeasurementUnit is not first");
		check(problems, text(description, "MeasurementUnit").equals("pixel"), "MeasurementUnit is not pixel");
		check(problems, names.indexOf("sourceImageInformation") == 1, "sourceImageInformation is not second");
		check(problems, !text(description, "fileName").isBlank(), "sourceImageInformation has no fileName");
		for (Element ocr : elements(description, "OCRProcessing")) {
			check(problems, ocr.hasAttribute("ID"), "OCRProcessing has no ID");
			check(problems, names(children(ocr)).contains("ocrProcessingStep"),
					"OCRProcessing has no ocrProcessingStep");
			for (Element step : elements(ocr, "ocrProcessingStep")) {
				List<String> order = List.of("processingDateTime", "processingAgency", "processingStepDescription",
						"processingStepSettings", "processingSoftware");
				ordered(problems, names(children(step)), order, "ocrProcessingStep");
				for (Element software : elements(step, "processingSoftware")) {
					ordered(problems, names(children(software)),
							List.of("softwareCreator", "softwareName", "softwareVersion", "applicationDescription"),
							"processingSoftware");
				}
			}
		}
		check(problems, names.stream()
			.allMatch(Set.of("MeasurementUnit", "sourceImageInformation", "OCRProcessing", "Processing")::contains),
				"Description holds " + names);
	}

	private static void layout(List<String> problems, Element layout) {
		List<Element> pages = children(layout);
		check(problems, !pages.isEmpty() && names(pages).stream().allMatch("Page"::equals), "Layout holds no Page");
		for (Element page : pages) {
			check(problems, page.hasAttribute("ID"), "Page has no ID");
			number(problems, page, "PHYSICAL_IMG_NR", true);
			number(problems, page, "WIDTH", false);
			number(problems, page, "HEIGHT", false);
			for (Element space : children(page)) {
				check(problems, Set.of("TopMargin", "LeftMargin", "RightMargin", "BottomMargin", "PrintSpace")
					.contains(space.getLocalName()), "Page holds " + space.getLocalName());
				for (String position : List.of("HPOS", "VPOS", "WIDTH", "HEIGHT")) {
					number(problems, space, position, false);
				}
				for (Element block : children(space)) {
					check(problems, block.getLocalName().equals("TextBlock"),
							"PrintSpace holds " + block.getLocalName());
					block(problems, block);
				}
			}
		}
	}

	private static void block(List<String> problems, Element block) {
		check(problems, block.hasAttribute("ID"), "TextBlock has no ID");
		for (String position : List.of("HPOS", "VPOS", "WIDTH", "HEIGHT")) {
			number(problems, block, position, true);
		}
		for (Element line : children(block)) {
			check(problems, line.getLocalName().equals("TextLine"), "TextBlock holds " + line.getLocalName());
			for (String position : List.of("HPOS", "VPOS", "WIDTH", "HEIGHT")) {
				number(problems, line, position, true);
			}
			List<Element> parts = children(line);
			check(problems, !parts.isEmpty() && parts.getFirst().getLocalName().equals("String"),
					"a TextLine does not start with a String");
			for (int i = 0; i < parts.size(); i++) {
				Element part = parts.get(i);
				String name = part.getLocalName();
				check(problems,
						name.equals("String")
								|| (name.equals("SP") && i > 0 && parts.get(i - 1).getLocalName().equals("String")),
						"TextLine holds " + name + " at " + i);
				if (name.equals("String")) {
					check(problems, part.hasAttribute("CONTENT"), "String has no CONTENT");
					double wc = number(problems, part, "WC", false);
					check(problems, wc >= 0 && wc <= 1, "WC " + wc + " is not within 0–1");
				}
				number(problems, part, "HPOS", name.equals("SP"));
				number(problems, part, "VPOS", name.equals("SP"));
				number(problems, part, "WIDTH", false);
				number(problems, part, "HEIGHT", false);
			}
		}
	}

	private static void ids(List<String> problems, Element root) {
		NodeList all = root.getElementsByTagNameNS(NS, "*");
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			if (element.hasAttribute("ID")) {
				String id = element.getAttribute("ID");
				check(problems, id.matches("[\\p{L}_][\\p{L}\\p{N}._-]*"), "ID " + id + " is not an xsd:ID");
				check(problems, seen.add(id), "ID " + id + " is used twice");
			}
		}
	}

	private static double number(List<String> problems, Element element, String attribute, boolean required) {
		if (!element.hasAttribute(attribute)) {
			check(problems, !required, element.getLocalName() + " has no " + attribute);
			return 0;
		}
		try {
			double value = Double.parseDouble(element.getAttribute(attribute));
			check(problems, value >= 0, element.getLocalName() + " " + attribute + " is negative");
			return value;
		}
		catch (NumberFormatException ex) {
			problems.add(element.getLocalName() + " " + attribute + " is not a number");
			return 0;
		}
	}

	private static void ordered(List<String> problems, List<String> names, List<String> order, String parent) {
		int last = -1;
		for (String name : names) {
			int at = order.indexOf(name);
			check(problems, at >= last, parent + " holds " + names + " out of order");
			last = Math.max(last, at);
		}
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				children.add(element);
			}
		}
		return children;
	}

	private static List<Element> elements(Element parent, String name) {
		return children(parent).stream().filter((child) -> child.getLocalName().equals(name)).toList();
	}

	private static List<String> names(List<Element> elements) {
		return elements.stream().map(Element::getLocalName).toList();
	}

	private static String text(Element parent, String name) {
		NodeList found = parent.getElementsByTagNameNS(NS, name);
		return (found.getLength() > 0) ? found.item(0).getTextContent().strip() : "";
	}

	private static void check(List<String> problems, boolean holds, String problem) {
		if (!holds) {
			problems.add(problem);
		}
	}

}
