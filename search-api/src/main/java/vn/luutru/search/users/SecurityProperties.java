package vn.luutru.search.users;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and access settings ({@code luutru.security.*}).
 *
 * @param minPasswordLength the shortest password an administrator may set (default 12)
 * @param publicIiif whether the IIIF image and manifest endpoints ({@code /iiif/**})
 * answer without signing in, so that IIIF viewers elsewhere on the department's network
 * can open the archive's images (default false: the archive's papers are not public)
 */
@ConfigurationProperties("luutru.security")
public record SecurityProperties(@DefaultValue("12") int minPasswordLength, @DefaultValue("false") boolean publicIiif) {
}
