package rw.paydesk.portal.platform;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The entities live in module jars, so persistence.xml must list each one; an entity
 * left out would only fail at run time, in the first query that touches it.
 */
class PersistenceUnitTest {

    @Test
    void persistence_xml_lists_every_entity_and_converter_of_the_modules() throws Exception {
        Set<String> annotated = new TreeSet<>();
        for (String className : classesUnder("rw/paydesk")) {
            Class<?> type = Class.forName(className, false, getClass().getClassLoader());
            if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Converter.class)) {
                annotated.add(className);
            }
        }
        String xml = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
        Set<String> listed = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        while (matcher.find()) {
            listed.add(matcher.group(1).trim());
        }
        assertEquals(annotated, listed);
    }

    private List<String> classesUnder(String folder) throws IOException, URISyntaxException {
        List<String> names = new java.util.ArrayList<>();
        for (URL root : Collections.list(getClass().getClassLoader().getResources(folder))) {
            if (root.getProtocol().equals("jar")) {
                try (JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(folder) && n.endsWith(".class") && !n.contains("-"))
                            .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
                }
            } else {
                Path base = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(base)) {
                    files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("-"))
                            .forEach(p -> names.add(folder.replace('/', '.') + "."
                                    + base.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")));
                }
            }
        }
        return names;
    }
}
