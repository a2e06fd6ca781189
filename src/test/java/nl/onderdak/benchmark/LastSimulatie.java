// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
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
import java.util.function.Function;

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
 * Every user logs in once, as in production: the API with a bearer token made once per user (the API is stateless:
 * it never reads a session), the web pages with the login form and then the session cookie; see {@link LastBenchmark}.
 *
 * <p>Two modes ({@link #MODUS_LAST}): {@code last} brings the users in over the build-up and keeps each at work,
 * journey after journey with think time between steps, until the end of the measurement; {@code sequentieel}
 * has one user run every journey in turn without think time, the baseline of the same requests one at a time.
 * Request names are the same in both, so the report can put them side by side.
 */
public class LastSimulatie extends Simulation {

    /** What the benchmark prepared: set before Gatling starts, read by the constructor. */
    record Opzet(String basis, String modus, int gebruikers, Duration opbouw, Duration duur, Duration denkMin, Duration denkMax,
            int rondes, List<Map<String, Object>> gemeentewerk, List<Map<String, Object>> regiowerk, List<String> lcvsVerzoeken,
            List<Map<String, Object>> betaalmaanden, String week, String vandaag, String verwachteAankomst,
            Function<String, String> token) {
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
            // Every user works until the end of the measurement: ramped in over the build-up, then all at work.
            long einde = System.nanoTime() + o.opbouw().plus(o.duur()).toNanos();
            int totaal = o.gebruikers();
            // Real proportions: gemeenten do the daily work; regions, LCVS, KCIO and finance are few.
            int regioAantal = Math.max(1, Math.round(totaal * 0.08f));
            int lcvsAantal = Math.max(1, Math.round(totaal * 0.04f));
            int kcioAantal = Math.max(1, Math.round(totaal * 0.04f));
            int financienAantal = Math.max(1, Math.round(totaal * 0.04f));
            int gemeenteAantal = totaal - regioAantal - lcvsAantal - kcioAantal - financienAantal;
            var populaties = new ArrayList<PopulationBuilder>();
            // A user keeps their account for the whole session (fed once); each journey takes another search term,
            // location or request of that account.
            populaties.add(werkt(scenario("gemeente").feed(rondgaand(o.gemeentewerk())), kiesUit(o.gemeentewerk(), "account"), gemeente,
                    gemeenteAantal, einde, o));
            populaties.add(werkt(scenario("regio").feed(rondgaand(o.regiowerk())), kiesUit(o.regiowerk(), "regioaccount"), regio,
                    regioAantal, einde, o));
            populaties.add(werkt(scenario("lcvs"), exec(s -> s), lcvs, lcvsAantal, einde, o));
            populaties.add(werkt(scenario("kcio"), exec(s -> s), kcio, kcioAantal, einde, o));
            populaties.add(werkt(scenario("financien"), exec(s -> s), financien, financienAantal, einde, o));
            setUp(populaties).protocols(protocol);
        } else {
            // One user, every journey in turn, no think time: the same requests one at a time.
            var niets = exec(s -> s);
            var reeks = scenario("sequentieel").exec(repeat(o.rondes()).on(
                    reis(exec(CoreDsl.feed(rondgaand(o.gemeentewerk()))), gemeente, o, false)
                            .exec(reis(exec(CoreDsl.feed(rondgaand(o.regiowerk()))), regio, o, false))
                            .exec(reis(niets, lcvs, o, false)).exec(reis(niets, kcio, o, false)).exec(reis(niets, financien, o, false))));
            setUp(reeks.injectOpen(atOnceUsers(1))).protocols(protocol);
        }
    }

    /**
     * {@code aantal} users arrive evenly over the build-up and each works, journey after journey, until the end of
     * the measurement: logged in once (a token for the API, a session for the pages), as people work a morning.
     */
    private static PopulationBuilder werkt(io.gatling.javaapi.core.ScenarioBuilder s, ChainBuilder kies, ChainBuilder reis, int aantal,
            long einde, Opzet o) {
        return s.exec(asLongAs(x -> System.nanoTime() < einde).on(reis(kies, reis, o, true)))
                .injectOpen(rampUsers(aantal).during(o.opbouw()));
    }

    /**
     * One journey: a failed step ends it (the next steps would only fail for lack of an id) and the user, after
     * thinking, starts the next one; a failed web step also forgets the session, so the next journey logs in again.
     */
    private static ChainBuilder reis(ChainBuilder kies, ChainBuilder reis, Opzet o, boolean last) {
        return exec(Session::markAsSucceeded).exec(kies).exitBlockOnFail().on(reis)
                .doIf(Session::isFailed).then(exec(s -> s.remove("ingelogd")).exec(denk(o, last)));
    }

    /** Per journey another row of the user's own account (search term, location, request). */
    private static ChainBuilder kiesUit(List<Map<String, Object>> rijen, String accountSleutel) {
        var perAccount = new java.util.HashMap<Object, List<Map<String, Object>>>();
        rijen.forEach(r -> perAccount.computeIfAbsent(r.get(accountSleutel), k -> new ArrayList<>()).add(r));
        return exec(s -> {
            var eigen = perAccount.get(s.get(accountSleutel));
            return s.setAll(eigen.get(ThreadLocalRandom.current().nextInt(eigen.size())));
        });
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

    /**
     * An API request with the bearer token of {@code account} (an expression such as {@code #{account}}), as
     * production's clients call the API: the token is made once per user and account ({@link #aangemeld}) and
     * sent on every request; the server checks its signature, no password.
     */
    private static HttpRequestActionBuilder api(HttpRequestActionBuilder verzoek, String account) {
        var sleutel = account.startsWith("#{") ? account.substring(2, account.length() - 1) : null;
        return verzoek.header("Authorization", s -> "Bearer " + s.getString("token:" + (sleutel == null ? account : s.getString(sleutel))));
    }

    /** Makes the user's token for the account in {@code sleutel} (or the literal account) once, when it has none yet. */
    private static ChainBuilder aangemeld(Opzet o, String account) {
        var sleutel = account.startsWith("#{") ? account.substring(2, account.length() - 1) : null;
        return exec(s -> {
            var naam = sleutel == null ? account : s.getString(sleutel);
            return s.contains("token:" + naam) ? s : s.set("token:" + naam, o.token().apply(naam));
        });
    }

    private ChainBuilder gemeentereis(Opzet o, boolean last) {
        return exec(aangemeld(o, "#{account}")).exec(
                api(http("capaciteit gemeente").get("/api/v1/capaciteit?niveau=gemeente"), "#{account}").check(status().is(200)))
                .exec(denk(o, last))
                // Seven in ten look a person up by first name and the start of the surname, three by surname alone.
                .exec(randomSwitch().on(
                        CoreDsl.percent(70).then(exec(api(http("huishoudens zoeken (naam)")
                                .get("/api/v1/huishoudens?zoek=#{zoekterm}&aantal=25"), "#{account}")
                                .check(status().is(200), jsonPath("$.huishoudens[*].id").findRandom().saveAs("huishouden")))),
                        CoreDsl.percent(30).then(exec(api(http("huishoudens zoeken (achternaam)")
                                .get("/api/v1/huishoudens?zoek=#{achternaam}&aantal=25"), "#{account}")
                                .check(status().is(200), jsonPath("$.huishoudens[*].id").findRandom().saveAs("huishouden"))))))
                .exec(denk(o, last))
                .exec(api(http("huishouden bekijken").get("/api/v1/huishoudens/#{huishouden}"), "#{account}").check(status().is(200)))
                .exec(denk(o, last))
                .exec(s -> s.set("naam", "Last" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)))
                .exec(api(http("intake").post("/api/v1/huishoudens").body(StringBody("""
                        {"leden":[{"voornaam":"Olena","achternaam":"#{naam}","geboortedatum":"1984-03-12","geslacht":"vrouw","nationaliteitCategorie":"oekraiens"},
                                  {"voornaam":"Taras","achternaam":"#{naam}","geboortedatum":"2015-06-01","geslacht":"man","nationaliteitCategorie":"oekraiens"}]}"""))
                        .asJson(), "#{account}")
                        .check(status().is(201), jsonPath("$.id").saveAs("nieuw")))
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
        return exec(aangemeld(o, "#{regioaccount}")).exec(api(http("verzoeken regio").get("/api/v1/plaatsingsverzoeken?aantal=25"), "#{regioaccount}").check(status().is(200)))
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
        return exec(aangemeld(o, "lcvs")).exec(s -> s.set("lcvsverzoek", verzoeken.get(ThreadLocalRandom.current().nextInt(verzoeken.size()))))
                .exec(api(http("capaciteit land").get("/api/v1/capaciteit?niveau=land"), "lcvs").check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("verzoeken lcvs").get("/api/v1/plaatsingsverzoeken?aantal=25"), "lcvs").check(status().is(200)))
                .exec(denk(o, last))
                .exec(api(http("plaatsingssuggesties landelijk").get("/api/v1/plaatsingsverzoeken/#{lcvsverzoek}/suggesties"), "lcvs")
                        .check(status().is(200)))
                .exec(denk(o, last));
    }

    private ChainBuilder kcioreis(Opzet o, boolean last) {
        return exec(aangemeld(o, "kcio")).exec(api(http("kcio-rapportage").get("/api/v1/kcio-rapportage?week=" + o.week()), "kcio").check(status().is(200)))
                .exec(denk(o, last))
                // The web export: log in once per user (a browser keeps the session cookie), then download.
                .doIf(s -> !s.contains("ingelogd")).then(exec(
                        http("inlogpagina (web)").get("/inloggen").header("Accept", "text/html")
                                .check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")),
                        http("inloggen (web)").post("/inloggen").header("Accept", "text/html")
                                .formParam("username", "kcio").formParam("password", WACHTWOORD).formParam("_csrf", "#{csrf}")
                                .disableFollowRedirect().check(status().is(302)))
                        .exec(s -> s.isFailed() ? s : s.set("ingelogd", true)))
                // Not followed: a redirect here means the session was not recognised (to the login page), an error.
                .exec(http("kcio-export csv (web)").get("/rapportage/kcio.csv?week=" + o.week()).header("Accept", "text/csv")
                        .disableFollowRedirect().check(status().is(200), header("Content-Type").transform(v -> v.startsWith("text/csv")).is(true)))
                .exec(denk(o, last));
    }

    private ChainBuilder financienreis(Opzet o, boolean last) {
        // The slot goes back whatever happens in between: the inner block ends at a failed step, this chain does not.
        return exec(this::neemSlot)
                .doIf(s -> s.contains("maand")).then(exitBlockOnFail().on(
                        exec(aangemeld(o, "#{financienaccount}")).exec(api(http("betaalrun voorvertoning maken").post("/api/v1/betaalruns")
                                .body(StringBody("{\"maand\":\"#{maand}\"}")).asJson(), "#{financienaccount}")
                                .check(status().is(201), jsonPath("$.id").saveAs("run")))
                                .exec(denk(o, last))
                                .exec(api(http("betaalrun regels").get("/api/v1/betaalruns/#{run}/regels?max=100"), "#{financienaccount}")
                                        .check(status().is(200)))
                                .exec(denk(o, last))
                                .exec(api(http("betaalrun intrekken").post("/api/v1/betaalruns/#{run}/_intrekken"), "#{financienaccount}")
                                        .check(status().in(200, 204)))))
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
