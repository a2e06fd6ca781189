// SPDX-FileCopyrightText: 2026 Onderdak-ontwikkelaars
// SPDX-License-Identifier: EUPL-1.2
package nl.onderdak.benchmark;

import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Where the time of a benchmark step goes: wraps the application's {@link DataSource} so that every
 * statement execution (and commit) is timed and added up by its SQL, for the step that is running.
 * The time of an execution includes sending the parameters and, for a query, receiving all rows (the
 * PostgreSQL driver reads them before {@code executeQuery} returns); what a step spends outside these
 * is Java (computing, serialising, writing files). Test code only: register it as a bean with
 * {@link #postProcessor()}.
 */
final class Statementtijden {

    /** Seconds and number of executions of one statement. */
    static final class Tijd {
        double seconden;
        int keer;
    }

    private static volatile String stap;
    private static final Map<String, Map<String, Tijd>> PER_STAP = new ConcurrentHashMap<>();

    private Statementtijden() {
    }

    /** Wraps the application's data source; statements are only counted while a step is set. */
    static BeanPostProcessor postProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String naam) {
                return bean instanceof DataSource bron ? omhul(bron, null) : bean;
            }
        };
    }

    /** Counts the statements from now on for {@code naam}; {@code null} stops counting. */
    static void stap(String naam) {
        stap = naam;
    }

    /** Per statement (first words of its SQL) the time added up over all times the step ran, largest first. */
    static Map<String, Tijd> van(String naam) {
        var uit = new LinkedHashMap<String, Tijd>();
        PER_STAP.getOrDefault(naam, Map.of()).entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().seconden, a.getValue().seconden))
                .forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }

    private static void noteer(String sql, long nanos) {
        var naam = stap;
        if (naam == null) {
            return;
        }
        var tijd = PER_STAP.computeIfAbsent(naam, k -> new ConcurrentHashMap<>()).computeIfAbsent(sleutel(sql), k -> new Tijd());
        synchronized (tijd) {
            tijd.seconden += nanos / 1e9;
            tijd.keer++;
        }
    }

    /** The statement by its first words, whitespace collapsed. */
    private static String sleutel(String sql) {
        var kort = sql.strip().replaceAll("\\s+", " ");
        return kort.length() <= 64 ? kort : kort.substring(0, 63) + "…";
    }

    /**
     * A proxy of a data source, connection or statement that times executions; connections hand out
     * wrapped statements, which remember their SQL.
     */
    private static Object omhul(Object doel, String sql) {
        Class<?> soort = doel instanceof DataSource ? DataSource.class
                : doel instanceof Connection ? Connection.class
                : doel instanceof PreparedStatement ? PreparedStatement.class
                : Statement.class;
        var interfaces = doel instanceof Closeable ? new Class<?>[] {soort, Closeable.class} : new Class<?>[] {soort};
        return Proxy.newProxyInstance(Statementtijden.class.getClassLoader(), interfaces, (proxy, methode, args) -> {
            var naam = methode.getName();
            if (naam.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (naam.equals("hashCode") && (args == null || args.length == 0)) {
                return System.identityHashCode(proxy);
            }
            boolean meten = naam.startsWith("execute") && !(doel instanceof DataSource)
                    || naam.equals("commit") && doel instanceof Connection;
            long start = System.nanoTime();
            try {
                var resultaat = methode.invoke(doel, args);
                if (doel instanceof DataSource && naam.equals("getConnection")) {
                    return omhul(resultaat, null);
                }
                if (doel instanceof Connection && naam.equals("prepareStatement")) {
                    return omhul(resultaat, (String) args[0]);
                }
                if (doel instanceof Connection && naam.equals("createStatement")) {
                    return omhul(resultaat, null);
                }
                return resultaat;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (meten) {
                    noteer(naam.equals("commit") ? "commit"
                            : sql != null ? sql
                            : args != null && args.length > 0 && args[0] instanceof String tekst ? tekst : "(statement)",
                            System.nanoTime() - start);
                }
            }
        });
    }
}
