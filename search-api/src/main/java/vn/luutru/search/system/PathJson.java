package vn.luutru.search.system;

import java.nio.file.Path;

import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes file paths in JSON as the plain path scanning staff typed and see on the server
 * ({@code /srv/scans/a.pdf}), where Jackson would write a {@code file://} URI.
 */
@JacksonComponent
class PathJson extends ValueSerializer<Path> {

	@Override
	public void serialize(Path value, JsonGenerator generator, SerializationContext context) {
		generator.writeString(value.toString());
	}

	@Override
	public Class<?> handledType() {
		return Path.class;
	}

}
