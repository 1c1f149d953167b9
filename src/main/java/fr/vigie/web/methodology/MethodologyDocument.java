package fr.vigie.web.methodology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * docs/methodology.md, copied into the jar by the build (web/methodology.md) and rendered to HTML once.
 * The document is trusted (written by the project, fixed at build time), which is the only reason its
 * HTML may be written unescaped. Its first level-1 heading is dropped (the page has its own title);
 * tables are wrapped for the DSFR and scroll on a phone; every h2 goes into the table of contents.
 */
public final class MethodologyDocument {
    static final String RESOURCE = "/web/methodology.md";

    /** A level-2 heading: its anchor id (from the heading-anchor extension) and its text. */
    public record Section(String id, String title) {}

    private final String html;
    private final List<Section> sections;

    private MethodologyDocument(String html, List<Section> sections) {
        this.html = html;
        this.sections = List.copyOf(sections);
    }

    /** The methodology shipped in the jar. */
    public static MethodologyDocument shipped() {
        try (InputStream in = MethodologyDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        RESOURCE + " is missing from the jar: the build copies it from docs/methodology.md");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders this Markdown text. */
    public static MethodologyDocument of(String markdown) {
        var extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        dropTitle(document);
        List<Section> sections = new ArrayList<>();
        // Our table renderer comes before the extensions: the first renderer of a node type wins.
        // Our attribute provider comes after them: the heading's id is already set when it runs.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .nodeRendererFactory(WrappedTable::new)
                .extensions(extensions)
                .attributeProviderFactory(context -> new SectionCollector(sections))
                .build();
        String html = renderer.render(document);
        return new MethodologyDocument(html, sections);
    }

    public String html() {
        return html;
    }

    public List<Section> sections() {
        return sections;
    }

    private static void dropTitle(Node document) {
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            heading.unlink();
        }
    }

    /** The visible text of a node: its text and code spans, without markup. */
    static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    /** Records every h2 with the id the heading-anchor extension gave it; lets scrolling boxes take the focus. */
    private record SectionCollector(List<Section> sections) implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Heading heading && heading.getLevel() == 2 && attributes.containsKey("id")) {
                sections.add(new Section(attributes.get("id"), text(heading)));
            }
            if (tagName.equals("pre") || tagName.equals("table")) {
                // Long code lines and wide tables scroll sideways on a phone (the DSFR script makes the
                // table itself the scrolling box): a keyboard user must be able to focus them to scroll.
                attributes.put("tabindex", "0");
            }
        }
    }

    /** A table inside the DSFR's fr-table block, in a box that scrolls sideways on narrow screens. */
    private record WrappedTable(HtmlNodeRendererContext context) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TableBlock.class);
        }

        @Override
        public void render(Node node) {
            var html = context.getWriter();
            html.line();
            html.tag("div", Map.of("class", "fr-table vigie-table-scroll"));
            html.tag("table", context.extendAttributes(node, "table", Map.of()));
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/table");
            html.tag("/div");
            html.line();
        }
    }
}
