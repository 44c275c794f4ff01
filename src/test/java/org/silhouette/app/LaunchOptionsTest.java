package org.silhouette.app;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app starts two ways: {@code java -jar target/silhouette.jar} (JVM options from the jar's manifest) and
 * {@code ./mvnw javafx:run} (the javafx-maven-plugin's options). When they differed, naming threw
 * IllegalAccessError under javafx:run only. This reads pom.xml and holds them equal: the same class-path
 * launch, the same main class, and the plugin's options exactly those a manifest can express and the jar's
 * manifest does express.
 */
class LaunchOptionsTest {

    @Test
    void javafxRunAndTheJarStartTheSameWay() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Map<String, String> props = properties(pom);
        Element fx = plugin(pom, "javafx-maven-plugin");
        Element jar = plugin(pom, "maven-jar-plugin");

        assertEquals("CLASSPATH", resolve(text(fx, "runtimePathOption"), props),
                "javafx:run must put JavaFX and ControlsFX on the class path, as java -jar does");
        assertEquals("true", text(jar, "addClasspath"), "the jar runs from the class path");
        assertEquals(resolve(text(jar, "mainClass"), props), resolve(text(fx, "mainClass"), props), "main class");
        assertTrue(resolve(text(fx, "commandlineArgs"), props).startsWith("gui"), "javafx:run opens the app");

        TreeSet<String> fromPlugin = new TreeSet<>();
        for (Element o : children(child(fx, "options"), "option")) {
            for (String word : resolve(o.getTextContent(), props).trim().split("\\s+")) {
                fromPlugin.add(word);
            }
        }
        TreeSet<String> fromManifest = new TreeSet<>();
        for (Element e : children(descendant(jar, "manifestEntries"), null)) {
            String value = resolve(e.getTextContent(), props).trim();
            switch (e.getTagName()) {
                case "Enable-Native-Access" -> fromManifest.add("--enable-native-access=" + value);
                case "Add-Exports", "Add-Opens" -> {
                    String flag = e.getTagName().equals("Add-Exports") ? "--add-exports=" : "--add-opens=";
                    for (String modulePackage : value.split("\\s+")) {
                        fromManifest.add(flag + modulePackage + "=ALL-UNNAMED");
                    }
                }
                default -> { } // not a JVM option
            }
        }
        assertEquals(fromManifest, fromPlugin, "javafx:run's JVM options must be the jar manifest's: "
                + "a manifest cannot carry -X or -D options, so javafx:run must not have them either");
        assertTrue(fromPlugin.stream().noneMatch(o -> o.contains("${")), "every property is defined: " + fromPlugin);
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> props = new HashMap<>();
        Element project = pom.getDocumentElement();
        for (Element e : children(child(project, "properties"), null)) {
            props.put(e.getTagName(), e.getTextContent().trim());
        }
        props.put("project.build.directory", "target");
        props.put("project.basedir", ".");
        return props;
    }

    private static String resolve(String s, Map<String, String> props) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = props.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : resolve(v, props)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if (artifactId.equals(text(p, "artifactId"))) {
                return child(p, "configuration");
            }
        }
        throw new AssertionError("pom.xml has no " + artifactId);
    }

    /** The text of the first descendant of that name. */
    private static String text(Element e, String tag) {
        return descendant(e, tag).getTextContent().trim();
    }

    private static Element descendant(Element e, String tag) {
        NodeList list = e.getElementsByTagName(tag);
        assertTrue(list.getLength() > 0, "no <" + tag + "> under <" + e.getTagName() + ">");
        return (Element) list.item(0);
    }

    private static Element child(Element e, String tag) {
        List<Element> c = children(e, tag);
        assertNotNull(c.isEmpty() ? null : c.get(0), "no <" + tag + "> in <" + e.getTagName() + ">");
        return c.get(0);
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (tag == null || c.getTagName().equals(tag))) {
                out.add(c);
            }
        }
        return out;
    }
}
