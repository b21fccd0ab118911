package org.radkg.dump;

import java.util.ArrayList;
import java.util.List;

/**
 * One downloadable dump as the dataset descriptions announce it: the gzipped syntaxes of {@link
 * DumpFormat} and the HDT file.
 */
public record DumpFile(
    String fileName, String id, String mediaType, String title, boolean gzipped) {

  /** Every dump a build writes, in the order the descriptions list them. */
  public static List<DumpFile> all() {
    List<DumpFile> files = new ArrayList<>();
    for (DumpFormat f : DumpFormat.values()) {
      files.add(new DumpFile(f.fileName(), f.id(), f.mediaType(), f.title(), true));
    }
    files.add(new DumpFile(HdtDump.FILE, "hdt", HdtDump.MEDIA_TYPE, HdtDump.TITLE, false));
    return List.copyOf(files);
  }
}
