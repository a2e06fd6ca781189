// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The load test's journeys in Gatling's Java DSL, run by {@link LastBenchmark} against the application it
 * started in the same JVM. Each role has its own scenario with its main journey, and the virtual users are
 * split over the roles in their real proportions (most are gemeente employees):
 * <ul>
 *   <li>gemeente employee (80 %): capacity of the own gemeente, a part-of-name household search, one household
 *       of the hits, an intake of a new household, and then either a check-in at an own location (85 %) or a
 *       placement request to the region (15 %);</li>
 *   <li>region coordinator (8 %): the work list, one request in the region and its placement suggestions;</li>
 *   <li>LCVS placer (4 %): national capacity, the work list, one request passed on and its national suggestions;</li>
 *   <li>KCIO analyst (4 %): the weekly report (API) and the same as CSV export in the web UI, logged in once per
 *       user with the login form and then by the session cookie, as a browser does;</li>
 *   <li>gemeente finance employee (4 %): a payment-run preview for a month (made, its lines read, withdrawn).</li>
 * </ul>
 * The API is called as the demo profile offers it, with HTTP Basic on every request (the API is stateless: it
 * never reads a session); see {@link LastBenchmark} for what that costs and how it is kept apart.
 *
 * <p>Two modes ({@link #MODUS}): {@code last} holds the users concurrent for the whole measurement (a closed
 * model: a user who finishes a journey is replaced at once), with think time between steps; {@code sequentieel}
 * has one user run every journey in turn without think time, the baseline of the same requests one at a time.
 * Request names are the same in both, so the report can put them side by side.
 */
public class LastSimulatie extends Simulation {

    /** What the benchmark prepared: set before Gatling starts, read by the constructor. */
    record Opzet(String basis, String modus, int gebruikers, Duration opbouw, Duration duur, Duration denkMin, Duration denkMax,
            int rondes, List<Map<String, Object>> gemeentewerk, List<Map<String, Object>> regiowerk, List<String> lcvsVerzoeken,
            List<Map<String, Object>> betaalmaanden, String week, String vandaag, String verwachteAankomst) {
    }

    static volatile Opzet opzet;

    static final String WACHTWOORD = "onderdak-demo";
    static final String MODUS_LAST = "last";

    /** (finance account, month) pairs; a user takes one for a preview and gives it back, so no two collide (409). */
    private final ConcurrentLinkedQueue<Map<String, Object>> betaalslots = new ConcurrentLinkedQueue<>();

    public LastSimulatie() {
        var o = opzet;
        betaalslots.addAll(o.betaalmaanden());
        var protocol = http.baseUrl(o.basis())
                .acceptHeader("application/json")
                .acceptLanguageHeader("nl")
                .userAgentHeader("Onderdak-lasttest (Gatling)")
                .disableCaching()
                .warmUp(o.basis() + "/api/v1/provincies");

        boolean last = MODUS_LAST.equals(o.modus());
        var gemeente = gemeentereis(o, last);
        var regio = regioreis(o, last);
        var lcvs = lcvsreis(o, last);
        var kcio = kcioreis(o, last);
        var financien = financienreis(o, last);

        if (last) {
            int totaal = o.gebruikers();
            // Real proportions: gemeenten do the daily work; regions, LCVS, KCIO and finance are few.
            int regioAantal = Math.max(1, Math.round(totaal * 0.08f));
            int lcvsAantal = Math.max(1, Math.round(totaal * 0.04f));
            int kcioAantal = Math.max(1, Math.round(totaal * 0.04f));
            int financienAantal = Math.max(1, Math.round(totaal * 0.04f));
            int gemeenteAantal = totaal - regioAantal - lcvsAantal - kcioAantal - financienAantal;
            var populaties = new ArrayList<PopulationBuilder>();
            populaties.add(closed(scenario("gemeente").feed(rondgaand(o.gemeentewerk())).exec(gemeente), gemeenteAantal, o));
            populaties.add(closed(scenario("regio").feed(rondgaand(o.regiowerk())).exec(regio), regioAantal, o));
            populaties.add(closed(scenario("lcvs").exec(lcvs), lcvsAantal, o));
            populaties.add(closed(scenario("kcio").exec(kcio), kcioAantal, o));
            populaties.add(closed(scenario("financien").exec(financien), financienAantal, o));
            setUp(populaties).protocols(protocol);
        } else {
            // One user, every journey in turn, no think time: the same requests one at a time.
            var reeks = scenario("sequentieel").exec(repeat(o.rondes()).on(
                    exec(CoreDsl.feed(rondgaand(o.gemeentewerk()))).exec(gemeente)
                            .exec(CoreDsl.feed(rondgaand(o.regiowerk()))).exec(regio)
                            .exec(lcvs).exec(kcio).exec(financien)));
            setUp(reeks.injectOpen(atOnceUsers(1))).protocols(protocol);
        }
    }

    private static PopulationBuilder closed(io.gatling.javaapi.core.ScenarioBuilder s, int aantal, Opzet o) {
        return s.injectClosed(rampConcurrentUsers(0).to(aantal).during(o.opbouw()), constantConcurrentUsers(aantal).during(o.duur()));
    }

    /** An endless, shuffled cycle over the rows, so every user gets another account, search term and location. */
    private static Iterator<Map<String, Object>> rondgaand(List<Map<String, Object>> rijen) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return rijen.get(ThreadLocalRandom.current().nextInt(rijen.size()));
            }
        };
    }

    private static ChainBuilder denk(Opzet o, boolean last) {
        return last ? CoreDsl.pause(o.denkMin(), o.denkMax()) : exec(s -> s);
    }

    private static HttpRequestActionBuilder api(HttpRequestActionBuilder verzoek, String account) {
        return verzoek.basicAuth(account, WACHTWOORD);
    }

    private ChainBuilder gemeentereis(Opzet o, boolean last) {
        return exec(
                api(http("capaciteit gemeente").get("/api/v1/capaciteit?niveau=gemeente"), "#{account}").check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("huishoudens zoeken").get("/api/v1/huishoudens?zoek=#{zoekterm}&aantal=25"), "#{account}")
                        .check(status().is(200), jsonPath("$.huishoudens[*].id").findRandom().saveAs("huishouden")))
                // A failed step ends the journey (the user is replaced): the next step would only fail for lack of an id.
                .exitHereIfFailed()
                .exec(denk(o, last))
                .exec(api(http("huishouden bekijken").get("/api/v1/huishoudens/#{huishouden}"), "#{account}").check(status().is(200)))
                .exec(denk(o, last))
                .exec(s -> s.set("naam", "Last" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)))
                .exec(api(http("intake").post("/api/v1/huishoudens").body(StringBody("""
                        {"leden":[{"voornaam":"Olena","achternaam":"#{naam}","geboortedatum":"1984-03-12","geslacht":"vrouw","nationaliteitCategorie":"oekraiens"},
                                  {"voornaam":"Taras","achternaam":"#{naam}","geboortedatum":"2015-06-01","geslacht":"man","nationaliteitCategorie":"oekraiens"}]}"""))
                        .asJson(), "#{account}")
                        .check(status().is(201), jsonPath("$.id").saveAs("nieuw")))
                .exitHereIfFailed()
                .exec(denk(o, last))
                .exec(randomSwitch().on(
                        CoreDsl.percent(85).then(exec(api(http("inchecken").post("/api/v1/plaatsingen").body(StringBody("""
                                {"huishouden":"#{nieuw}","opvanglocatie":"#{locatie}","vanaf":"%s"}""".formatted(o.vandaag()))).asJson(),
                                "#{account}").check(status().is(201)))),
                        CoreDsl.percent(15).then(exec(api(http("plaatsingsverzoek indienen").post("/api/v1/plaatsingsverzoeken")
                                .body(StringBody("""
                                        {"huishouden":"#{nieuw}","verwachteAankomst":"%s","toelichting":"Lasttest"}"""
                                        .formatted(o.verwachteAankomst()))).asJson(), "#{account}").check(status().is(201))))))
                .exec(denk(o, last));
    }

    private ChainBuilder regioreis(Opzet o, boolean last) {
        return exec(api(http("verzoeken regio").get("/api/v1/plaatsingsverzoeken"), "#{regioaccount}").check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("verzoek bekijken").get("/api/v1/plaatsingsverzoeken/#{regioverzoek}"), "#{regioaccount}")
                        .check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("plaatsingssuggesties regio").get("/api/v1/plaatsingsverzoeken/#{regioverzoek}/suggesties"), "#{regioaccount}")
                        .check(status().is(200)))
                .exec(denk(o, last));
    }

    private ChainBuilder lcvsreis(Opzet o, boolean last) {
        var verzoeken = o.lcvsVerzoeken();
        return exec(s -> s.set("lcvsverzoek", verzoeken.get(ThreadLocalRandom.current().nextInt(verzoeken.size()))))
                .exec(api(http("capaciteit land").get("/api/v1/capaciteit?niveau=land"), "lcvs").check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("verzoeken lcvs").get("/api/v1/plaatsingsverzoeken"), "lcvs").check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("plaatsingssuggesties landelijk").get("/api/v1/plaatsingsverzoeken/#{lcvsverzoek}/suggesties"), "lcvs")
                        .check(status().is(200)))
                .exec(denk(o, last));
    }

    private ChainBuilder kcioreis(Opzet o, boolean last) {
        return exec(api(http("kcio-rapportage").get("/api/v1/kcio-rapportage?week=" + o.week()), "kcio").check(status().is(200)))
                .exec(denk(o, last))
                // The web export: log in once per user (a browser keeps the session cookie), then download.
                .doIf(s -> !s.contains("ingelogd")).then(exec(
                        http("inlogpagina (web)").get("/inloggen").header("Accept", "text/html")
                                .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")),
                        http("inloggen (web)").post("/inloggen").header("Accept", "text/html")
                                .formParam("username", "kcio").formParam("password", WACHTWOORD).formParam("_csrf", "#{csrf}")
                                .disableFollowRedirect().check(status().is(302)))
                        .exec(s -> s.isFailed() ? s : s.set("ingelogd", true)))
                .exitHereIfFailed()
                // Not followed: a redirect here means the session was not recognised (to the login page), an error.
                .exec(http("kcio-export csv (web)").get("/rapportage/kcio.csv?week=" + o.week()).header("Accept", "text/csv")
                        .disableFollowRedirect().check(status().is(200), header("Content-Type").transform(v -> v.startsWith("text/csv")).is(true)))
                .exec(s -> s.isFailed() ? s.remove("ingelogd") : s)
                .exec(denk(o, last));
    }

    private ChainBuilder financienreis(Opzet o, boolean last) {
        return exec(this::neemSlot)
                .doIf(s -> s.contains("maand")).then(
                        exec(api(http("betaalrun voorvertoning maken").post("/api/v1/betaalruns")
                                .body(StringBody("{\"maand\":\"#{maand}\"}")).asJson(), "#{financienaccount}")
                                .check(status().is(201), jsonPath("$.id").saveAs("run")))
                                .doIf(Session::isFailed).then(exec(this::geefSlotTerug).exitHere())
                                .exec(denk(o, last))
                                .exec(api(http("betaalrun regels").get("/api/v1/betaalruns/#{run}/regels?max=100"), "#{financienaccount}")
                                        .check(status().is(200)))
                                .exec(denk(o, last))
                                .exec(api(http("betaalrun intrekken").post("/api/v1/betaalruns/#{run}/_intrekken"), "#{financienaccount}")
                                        .check(status().in(200, 204))))
                .exec(this::geefSlotTerug)
                .exec(denk(o, last));
    }

    private Session neemSlot(Session s) {
        var slot = betaalslots.poll();
        return slot == null ? s : s.setAll(slot);
    }

    private Session geefSlotTerug(Session s) {
        if (s.contains("maand")) {
            betaalslots.add(Map.of("maand", s.getString("maand"), "financienaccount", s.getString("financienaccount")));
        }
        return s.removeAll("maand", "financienaccount", "run");
    }
}
