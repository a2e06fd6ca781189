// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every field of a JSON body that has the wrong type: {@code "medischeZorg": "ja"} where a yes/no is
 * asked, {@code "faciliteiten": "catering"} where a list is. Spring stops at the first such field and
 * says only that the body is unreadable; a caller then fixes one field per try. This walks the body
 * against the type the endpoint binds it to and names each field whose JSON kind cannot become that
 * type, with a plain message about what is expected. It accepts what Jackson's default coercion
 * accepts ("12" for a number, "true" for a yes/no, a number for a text), so it only ever names fields
 * that really failed. The rules of the fields themselves (a date in the past, a postcode) stay with the
 * modules: they run after binding succeeded.
 */
final class VerkeerdeVelden {

    /** At most this many fields are named, so a hostile body cannot make a huge answer. */
    static final int MAX = 20;

    private VerkeerdeVelden() {
    }

    /**
     * The wrong fields of the request's JSON body for the handler's {@code @RequestBody}; empty when
     * the body is not the cause (no body, not JSON, or broken JSON syntax, which the input guard names).
     */
    static List<OngeldigeInvoer.Veld> van(HttpServletRequest request, @Nullable HandlerMethod methode, JsonMapper json,
            Throwable oorzaak) {
        var gelezen = WebUtils.getNativeRequest(request, Invoerbewaking.GelezenBody.class);
        if (gelezen == null || methode == null) {
            return List.of();
        }
        var inhoud = gelezen.inhoud();
        var parameter = Arrays.stream(methode.getMethodParameters()).filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .findFirst().orElse(null);
        if (inhoud.length == 0 || parameter == null) {
            return List.of();
        }
        JsonNode boom;
        try {
            boom = json.readTree(inhoud);
        } catch (JacksonException e) {
            return List.of();
        }
        var velden = new ArrayList<OngeldigeInvoer.Veld>();
        loop(boom, json.constructType(parameter.getGenericParameterType()), "", json, velden);
        if (velden.isEmpty() && oorzaak instanceof MismatchedInputException fout && !fout.getPath().isEmpty()) {
            // A problem the walk does not foresee: at least the field where Jackson stopped.
            var pad = fout.getPath().stream().map(r -> r.getPropertyName() != null ? "." + r.getPropertyName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining());
            velden.add(new OngeldigeInvoer.Veld(pad.startsWith(".") ? pad.substring(1) : pad,
                    verwacht(fout.getTargetType() == null ? null : json.constructType(fout.getTargetType()))));
        }
        return velden.size() > MAX ? List.copyOf(velden.subList(0, MAX)) : velden;
    }

    /** Checks one value against its type, and the fields or elements inside it. */
    private static void loop(JsonNode waarde, JavaType type, String pad, JsonMapper json, List<OngeldigeInvoer.Veld> velden) {
        if (waarde.isNull() || velden.size() > MAX) {
            return;
        }
        if (!past(waarde, type)) {
            velden.add(new OngeldigeInvoer.Veld(pad.isEmpty() ? "body" : pad, verwacht(type)));
            return;
        }
        var klasse = type.getRawClass();
        if (waarde.isArray() && type.getContentType() != null) {
            for (int i = 0; i < waarde.size(); i++) {
                loop(waarde.get(i), type.getContentType(), pad + "[" + i + "]", json, velden);
            }
        } else if (waarde.isObject() && klasse.isRecord()) {
            for (var deel : klasse.getRecordComponents()) {
                var veld = waarde.get(deel.getName());
                if (veld != null) {
                    loop(veld, json.constructType(deel.getGenericType()), pad.isEmpty() ? deel.getName() : pad + "." + deel.getName(),
                            json, velden);
                }
            }
        }
    }

    /** Whether Jackson can bind this JSON value to the type at all (its default coercions included). */
    private static boolean past(JsonNode waarde, JavaType type) {
        var klasse = type.getRawClass();
        if (klasse == Object.class || JsonNode.class.isAssignableFrom(klasse)) {
            return true;
        }
        if (klasse == Boolean.class || klasse == boolean.class) {
            return waarde.isBoolean() || waarde.isString() && (waarde.asString().equals("true") || waarde.asString().equals("false"));
        }
        if (Number.class.isAssignableFrom(klasse) || klasse.isPrimitive()) {
            return waarde.isNumber() || waarde.isString() && waarde.asString().strip().matches("-?\\d+(\\.\\d+)?");
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return waarde.isArray();
        }
        if (Map.class.isAssignableFrom(klasse) || klasse.isRecord()) {
            return waarde.isObject();
        }
        if (klasse == String.class) {
            return waarde.isValueNode();
        }
        // Enums, UUIDs and java.time values are written as text.
        return waarde.isString();
    }

    /** What the field should hold, in words, from the Java type it binds to. */
    static String verwacht(@Nullable JavaType type) {
        if (type == null) {
            return Berichten.tekst("invoer.json.anders");
        }
        var klasse = type.getRawClass();
        if (klasse == Boolean.class || klasse == boolean.class) {
            return Berichten.tekst("invoer.json.jaNee");
        }
        if (klasse == Integer.class || klasse == int.class || klasse == Long.class || klasse == long.class
                || klasse == Short.class || klasse == short.class) {
            return Berichten.tekst("invoer.geheelGetalVerplicht");
        }
        if (Number.class.isAssignableFrom(klasse) || klasse == double.class || klasse == float.class) {
            return Berichten.tekst("invoer.json.getal");
        }
        if (klasse.isEnum()) {
            return Berichten.tekst("invoer.keuze", Arrays.stream(klasse.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        if (type.isCollectionLikeType() || type.isArrayType() || Collection.class.isAssignableFrom(klasse)) {
            return Berichten.tekst("invoer.json.lijst");
        }
        if (klasse == String.class || klasse == UUID.class || klasse.getName().startsWith("java.time.")) {
            return Berichten.tekst("invoer.json.tekst");
        }
        if (Map.class.isAssignableFrom(klasse) || klasse.isRecord() || !klasse.getName().startsWith("java.")) {
            return Berichten.tekst("invoer.json.object");
        }
        return Berichten.tekst("invoer.json.anders");
    }
}
