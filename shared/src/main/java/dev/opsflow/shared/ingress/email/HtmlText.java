package dev.opsflow.shared.ingress.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML email body: block elements and {@code <br>} become line breaks, list items get a
 * dash, scripts, styles and the head are dropped, entities decoded, runs of blank lines squeezed. jsoup parses
 * the HTML as a browser does (mail clients send malformed HTML), which regular expressions cannot.
 */
public final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "section", "article", "header",
      "footer", "hr");
  private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript");

  private HtmlText() {}

  public static String toText(String html) {
    Element body = Jsoup.parse(html).body();
    body.select(String.join(",", SKIPPED)).remove();
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.text());
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (tag.equals("br")) {
            out.append('\n');
          } else if (tag.equals("li")) {
            out.append("\n- ");
          } else if (BLOCKS.contains(tag)) {
            out.append('\n');
          } else if (tag.equals("td") || tag.equals("th")) {
            out.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          out.append('\n');
        }
      }
    }, body);
    return out.toString()
        .replace('\u00a0', ' ')
        .replaceAll("[ \\t]+", " ")
        .replaceAll(" *\\n *", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
