// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.werkvoorraad.internal;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onderdak.toegang.Gebruiker;
import nl.onderdak.toegang.Organisaties;
import nl.onderdak.werkvoorraad.Werk;
import nl.onderdak.werkvoorraad.Werkvoorraad;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails each subscriber once about work that is new since the last run. Only when
 * {@code onderdak.werkvoorraad.mail.aan} is true (then {@code spring.mail.host} must be set too).
 *
 * <p>Data minimisation: the mail says only how many new items of each kind wait and links to the start
 * page. It never holds an item's description, a name, a BSN or a link to a person's record: mail
 * leaves the application's access control, and who reads it must log in to see more.
 *
 * <p>Per kind only the oldest {@link Abonnementen#VENSTER} items are looked at (see there).
 *
 * <p>An item counts as announced once the mail with it was handed to the SMTP server; when sending
 * fails, the next run tries again. With several instances only one runs a round: the scheduled entry
 * {@link #geplandeRonde()} holds ShedLock's lock "werkvoorraad-melder" (ADR 0017).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "onderdak.werkvoorraad.mail.aan", havingValue = "true")
public class WerkMelder {

    private static final Logger LOG = LoggerFactory.getLogger(WerkMelder.class);

    private final Abonnementen abonnementen;
    private final Werkvoorraad werkvoorraad;
    private final Organisaties organisaties;
    private final JavaMailSender mail;
    private final MessageSource berichten;
    private final String afzender;
    private final String adres;

    WerkMelder(Abonnementen abonnementen, Werkvoorraad werkvoorraad, Organisaties organisaties, JavaMailSender mail,
            MessageSource berichten, @Value("${onderdak.werkvoorraad.mail.afzender}") String afzender,
            @Value("${onderdak.werkvoorraad.mail.adres}") String adres) {
        this.abonnementen = abonnementen;
        this.werkvoorraad = werkvoorraad;
        this.organisaties = organisaties;
        this.mail = mail;
        this.berichten = berichten;
        this.afzender = afzender;
        this.adres = adres.endsWith("/") ? adres.substring(0, adres.length() - 1) : adres;
    }

    /**
     * The scheduled round, once across instances: empty when another instance holds the lock (then
     * ShedLock skips this call). At least 30 seconds between two rounds, so an instance whose timer
     * fires just after another's short round does not mail the same work again.
     */
    @Scheduled(fixedDelayString = "${onderdak.werkvoorraad.mail.interval:PT5M}",
            initialDelayString = "${onderdak.werkvoorraad.mail.eerste-keer-na:PT1M}")
    @SchedulerLock(name = "werkvoorraad-melder", lockAtMostFor = "PT15M", lockAtLeastFor = "PT30S")
    public Optional<Integer> geplandeRonde() {
        return Optional.of(meld());
    }

    /** One run over every subscriber; returns how many mails were sent. */
    public int meld() {
        int verstuurd = 0;
        for (var abonnement : abonnementen.alle()) {
            try {
                verstuurd += meldAan(abonnement) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.error("Werkmelding aan {} niet verstuurd; volgende ronde opnieuw", abonnement.gebruikersnaam(), e);
            }
        }
        return verstuurd;
    }

    private boolean meldAan(Abonnementen.Abonnement abonnement) {
        var organisatie = organisaties.vind(abonnement.organisatieCode()).orElse(null);
        if (organisatie == null) {
            return false;
        }
        var gebruiker = new Gebruiker(abonnement.gebruikersnaam(), abonnement.weergavenaam(), organisatie,
                abonnement.rollen());
        var overzicht = werkvoorraad.voor(gebruiker, abonnement.taal(), Abonnementen.VENSTER);
        var bekend = abonnementen.gemeld(abonnement.gebruikersnaam());
        var nieuw = overzicht.items().stream().map(Werkvoorraad.Item::werk)
                .filter(w -> !bekend.contains(Abonnementen.sleutel(w))).toList();
        boolean verstuurd = false;
        if (!nieuw.isEmpty()) {
            var bericht = new SimpleMailMessage();
            bericht.setFrom(afzender);
            bericht.setTo(abonnement.emailadres());
            bericht.setSubject(berichten.getMessage("werk.mail.onderwerp", new Object[] {nieuw.size()},
                    abonnement.taal()));
            bericht.setText(tekst(nieuw, abonnement));
            mail.send(bericht);
            abonnementen.markeer(abonnement.gebruikersnaam(), nieuw.stream().map(Abonnementen::sleutel).toList());
            verstuurd = true;
        }
        if (!overzicht.onvolledig()) {
            // Only with a complete list: an item of a source that failed this time must not be mailed again later.
            // Of a kind larger than the window the known items beyond it still wait: keep them, or they would be mailed again.
            Set<String> voller = overzicht.perSoort().stream().filter(g -> g.nietGetoond() > 0).map(Werkvoorraad.Groep::soort)
                    .collect(Collectors.toSet());
            Set<String> huidig = overzicht.items().stream().map(i -> Abonnementen.sleutel(i.werk()))
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            bekend.stream().filter(k -> voller.contains(k.substring(0, Math.max(0, k.indexOf('|'))))).forEach(huidig::add);
            abonnementen.vergeetBehalve(abonnement.gebruikersnaam(), huidig);
        }
        return verstuurd;
    }

    /** Counts per kind and a link to the start page: nothing else (see the class comment). */
    private String tekst(java.util.List<Werk> nieuw, Abonnementen.Abonnement abonnement) {
        var taal = abonnement.taal();
        var perSoort = new LinkedHashMap<String, Long>();
        nieuw.forEach(w -> perSoort.merge(w.soort(), 1L, Long::sum));
        var tekst = new StringBuilder(berichten.getMessage("werk.mail.aanhef", null, taal)).append("\n\n");
        perSoort.forEach((soort, aantal) -> tekst.append("- ")
                .append(berichten.getMessage("werk.mail.regel",
                        new Object[] {soortnaam(soort, taal), aantal}, taal))
                .append('\n'));
        tekst.append('\n').append(berichten.getMessage("werk.mail.bekijk", new Object[] {adres + "/"}, taal))
                .append("\n\n").append(berichten.getMessage("werk.mail.waarom", new Object[] {adres + "/instellingen"}, taal))
                .append('\n');
        return tekst.toString();
    }

    private String soortnaam(String soort, java.util.Locale taal) {
        return berichten.getMessage("werk.soort." + soort, null,
                berichten.getMessage("werk.soort.overig", null, taal), taal);
    }
}
