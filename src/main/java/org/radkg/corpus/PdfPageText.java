package org.radkg.corpus;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of one PDF page in reading order, a blank line between paragraphs. PDFBox sorts text by
 * position, which on a two-column page reads across both columns line by line; so a page whose text
 * leaves a vertical gutter near its middle is read as what stands above the columns, the left
 * column, the right column, then what stands below them.
 */
final class PdfPageText {
  // A gutter is looked for in the middle part of the page: columns are of roughly equal width.
  private static final double GUTTER_FROM = 0.30;
  private static final double GUTTER_TO = 0.70;
  // A few runs may cross the gutter inside the columns (a wide figure caption); more, and the page
  // is one column.
  private static final double MAX_CROSSING_SHARE = 0.10;
  private static final int MIN_COLUMN_RUNS = 3;

  private PdfPageText() {}

  static List<String> lines(PDDocument doc, PDPage page) throws IOException {
    int number = doc.getPages().indexOf(page) + 1;
    List<Run> runs = Run.of(glyphs(doc, number));
    Rectangle2D box = page.getCropBox().toGeneralPath().getBounds2D();
    double width = box.getWidth();
    double height = box.getHeight();
    Double gutter = gutter(runs, width);
    if (gutter == null) {
      return split(stripper(number).getText(doc));
    }
    // The columns run from the first to the last run that keeps to one side of the gutter.
    double top = Double.MAX_VALUE;
    double bottom = 0;
    for (Run r : runs) {
      if (!r.crosses(gutter)) {
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
    }
    PDFTextStripperByArea areas = new PDFTextStripperByArea();
    areas.setSortByPosition(true);
    areas.setParagraphEnd(System.lineSeparator());
    areas.addRegion("0above", new Rectangle2D.Double(0, 0, width, top - 0.5));
    areas.addRegion("1left", new Rectangle2D.Double(0, top - 0.5, gutter, bottom - top + 1));
    areas.addRegion(
        "2right", new Rectangle2D.Double(gutter, top - 0.5, width - gutter, bottom - top + 1));
    areas.addRegion("3below", new Rectangle2D.Double(0, bottom + 0.5, width, height - bottom));
    areas.extractRegions(page);
    List<String> out = new ArrayList<>();
    for (String region : List.of("0above", "1left", "2right", "3below")) {
      List<String> lines = split(areas.getTextForRegion(region));
      if (!lines.isEmpty() && !out.isEmpty()) {
        out.add("");
      }
      out.addAll(lines);
    }
    return out;
  }

  private static PDFTextStripper stripper(int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    s.setStartPage(page);
    s.setEndPage(page);
    // A blank line between paragraphs: PDFBox finds them by spacing and indentation.
    s.setParagraphEnd(System.lineSeparator());
    return s;
  }

  private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper collector =
        new PDFTextStripper() {
          @Override
          protected void processTextPosition(TextPosition text) {
            if (!text.getUnicode().isBlank()) {
              glyphs.add(text);
            }
          }
        };
    collector.setStartPage(page);
    collector.setEndPage(page);
    collector.getText(doc);
    return glyphs;
  }

  /**
   * The x of a vertical gutter between two columns of runs, or null on a one-column page: the
   * middle of the band no run crosses where runs stand on both sides at the same heights (a
   * headline or a footer across the page, above or below the columns, does not count).
   */
  private static Double gutter(List<Run> runs, double width) {
    List<Double> best = new ArrayList<>();
    long bestCrossing = Long.MAX_VALUE;
    for (double x = width * GUTTER_FROM; x <= width * GUTTER_TO; x += 1) {
      long crossing = crossingInsideColumns(runs, x);
      if (crossing < 0) {
        continue;
      }
      if (crossing < bestCrossing) {
        bestCrossing = crossing;
        best.clear();
      }
      if (crossing == bestCrossing) {
        best.add(x);
      }
    }
    if (best.isEmpty()) {
      return null;
    }
    double x = best.get(best.size() / 2);
    long inColumns = runs.stream().filter(r -> !r.crosses(x)).count();
    return bestCrossing <= inColumns * MAX_CROSSING_SHARE ? x : null;
  }

  // How many runs cross x within the heights where runs stand on both sides of it; -1 when fewer
  // than MIN_COLUMN_RUNS stand on either side there.
  private static long crossingInsideColumns(List<Run> runs, double x) {
    double top = Double.MAX_VALUE;
    double bottom = 0;
    long left = 0;
    long right = 0;
    for (Run l : runs) {
      if (l.right < x) {
        for (Run r : runs) {
          if (r.left > x && r.overlapsVertically(l)) {
            top = Math.min(top, Math.min(l.top, r.top));
            bottom = Math.max(bottom, Math.max(l.bottom, r.bottom));
          }
        }
      }
    }
    for (Run r : runs) {
      if (r.top < bottom && r.bottom > top) {
        left += r.right < x ? 1 : 0;
        right += r.left > x ? 1 : 0;
      }
    }
    if (left < MIN_COLUMN_RUNS || right < MIN_COLUMN_RUNS) {
      return -1;
    }
    final double t = top;
    final double b = bottom;
    return runs.stream().filter(r -> r.crosses(x) && r.top < b && r.bottom > t).count();
  }

  private static List<String> split(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    return lines;
  }

  /** Glyphs on one baseline with no wide gap between them: a line of one column. */
  private static final class Run {
    double left = Double.MAX_VALUE;
    double right;
    double top = Double.MAX_VALUE;
    double bottom;

    boolean crosses(double x) {
      return left < x && right > x;
    }

    boolean overlapsVertically(Run o) {
      return top < o.bottom && o.top < bottom;
    }

    static List<Run> of(List<TextPosition> glyphs) {
      List<TextPosition> sorted = new ArrayList<>(glyphs);
      sorted.sort(
          Comparator.comparingDouble((TextPosition t) -> Math.round(t.getY()))
              .thenComparingDouble(TextPosition::getX));
      List<Run> runs = new ArrayList<>();
      Run run = null;
      TextPosition previous = null;
      for (TextPosition t : sorted) {
        double size = Math.max(t.getHeight(), 1);
        boolean sameLine = previous != null && Math.abs(t.getY() - previous.getY()) < size * 0.5;
        // A gap wider than two spaces' worth of the font separates two columns' lines.
        boolean gap =
            previous != null
                && t.getX() - (previous.getX() + previous.getWidth())
                    > Math.max(previous.getWidthOfSpace(), size * 0.25) * 2.5;
        if (run == null || !sameLine || gap) {
          run = new Run();
          runs.add(run);
        }
        run.left = Math.min(run.left, t.getX());
        run.right = Math.max(run.right, t.getX() + t.getWidth());
        run.top = Math.min(run.top, t.getY() - t.getHeight());
        run.bottom = Math.max(run.bottom, t.getY());
        previous = t;
      }
      return runs;
    }
  }
}
