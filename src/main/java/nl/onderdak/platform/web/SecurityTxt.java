// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /.well-known/security.txt} (RFC 9116): whom to tell about a vulnerability, in which
 * languages, under which policy (docs/security.md). The values are settings so that an operator can
 * name their own contact ({@code onderdak.security-txt.*}); {@code Expires} must be renewed at least
 * once a year (a test fails when it is less than a month away or more than a year ahead).
 * {@code Canonical} is {@code onderdak.publieke-url} when set, else the address the request came in on
 * (behind a TLS proxy the forwarded scheme and host, see application-productie.yaml).
 */
@RestController
class SecurityTxt {

    private static final MediaType TEXT_PLAIN_UTF8 = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final String contact;
    private final String beleid;
    private final Instant verloopt;
    private final String publiekeUrl;

    SecurityTxt(@Value("${onderdak.security-txt.contact:mailto:security@onderdak.example.org}") String contact,
            @Value("${onderdak.security-txt.beleid:https://code.example.org/onderdak/onderdak/-/blob/main/docs/security.md}") String beleid,
            @Value("${onderdak.security-txt.verloopt:2027-11-30T23:00:00Z}") Instant verloopt,
            @Value("${onderdak.publieke-url:}") String publiekeUrl) {
        this.contact = contact;
        this.beleid = beleid;
        this.verloopt = verloopt;
        this.publiekeUrl = publiekeUrl;
    }

    @GetMapping(path = "/.well-known/security.txt", produces = "text/plain")
    ResponseEntity<String> securityTxt() {
        var basis = publiekeUrl.isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : publiekeUrl.replaceAll("/+$", "");
        var tekst = """
                # Onderdak: how to report a vulnerability (RFC 9116). Policy and response times: see Policy.
                Contact: %s
                Expires: %s
                Preferred-Languages: nl, en
                Policy: %s
                Canonical: %s/.well-known/security.txt
                """.formatted(contact, verloopt.truncatedTo(ChronoUnit.SECONDS), beleid, basis);
        return ResponseEntity.ok()
                .contentType(TEXT_PLAIN_UTF8)
                .cacheControl(CacheControl.noCache())
                .body(tekst);
    }
}
