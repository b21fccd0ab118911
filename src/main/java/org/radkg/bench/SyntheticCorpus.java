package org.radkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radkg.extract.Entity;
import org.radkg.extract.EntityType;

/**
 * Writes a synthetic corpus of {@code scale} times the seed corpus in the newsletter layout: copy
 * {@code k} of each seed file keeps its sections and articles, with the known organizations of the
 * authority file swapped for others of the same kind, programs renamed after a city, cities swapped
 * for other cities of the gazetteer and years shifted, so the graph grows with the scale. The same
 * seed number always gives the same files.
 */
public final class SyntheticCorpus {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d/.])20([0-4])(\\d)(?!\\d)");

  private final List<String> organizations;
  private final List<String> initiatives;
  private final List<String> cities;
  private final Pattern orgNames;
  private final Pattern initiativeNames;
  private final Pattern cityNames;

  /**
   * A generator over the names of {@code known} (the authority file) and {@code cities} (gazetteer
   * names).
   */
  public SyntheticCorpus(List<Entity> known, List<String> cities) {
    this.organizations =
        known.stream()
            .filter(e -> e.primaryType().isOrganization() && e.label().contains(" "))
            .map(Entity::label)
            .distinct()
            .sorted()
            .toList();
    this.initiatives =
        known.stream()
            .filter(e -> e.is(EntityType.INITIATIVE) && e.label().contains(" "))
            .map(Entity::label)
            .distinct()
            .sorted()
            .toList();
    this.cities = cities;
    this.orgNames = alternation(organizations);
    this.initiativeNames = alternation(initiatives);
    this.cityNames = alternation(cities.subList(0, Math.min(400, cities.size())));
  }

  /** Cities of the gazetteer with at least {@code minPopulation} people, largest first. */
  public static List<String> citiesFromClasspath(long minPopulation) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            SyntheticCorpus.class.getResourceAsStream("/radkg/data/gazetteer/cities.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (line.startsWith("#")
            || f.length < 6
            || !f[5].matches("\\d+")
            || !f[1].matches("[A-Z][a-z]+(?: [A-Z][a-z]+)?")) {
          continue;
        }
        if (Long.parseLong(f[5]) >= minPopulation) {
          rows.add(f);
        }
      }
    }
    rows.sort(
        Comparator.comparingLong((String[] f) -> -Long.parseLong(f[5])).thenComparing(f -> f[1]));
    return rows.stream().map(f -> f[1]).distinct().toList();
  }

  /** Writes {@code scale} copies of every seed file into {@code out}; returns the bytes written. */
  public long write(List<Path> seedFiles, int scale, long seed, Path out) throws IOException {
    Files.createDirectories(out);
    long bytes = 0;
    for (int k = 0; k < scale; k++) {
      for (Path f : seedFiles) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        String copy =
            k == 0
                ? text
                : vary(
                    text,
                    new Random(
                        seed * 1_000_003L + k * 7919L + f.getFileName().toString().hashCode()),
                    k);
        Path target = out.resolve(String.format("%05d-%s", k, f.getFileName()));
        Files.writeString(target, copy, StandardCharsets.UTF_8);
        bytes += copy.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return bytes;
  }

  String vary(String text, Random rnd, int k) {
    Map<String, String> orgMap = new HashMap<>();
    String t =
        replace(
            orgNames,
            text,
            name ->
                orgMap.computeIfAbsent(
                    name, n -> organizations.get(rnd.nextInt(organizations.size()))));
    Map<String, String> iniMap = new HashMap<>();
    t =
        replace(
            initiativeNames,
            t,
            name ->
                iniMap.computeIfAbsent(
                    name, n -> cities.get(rnd.nextInt(cities.size())) + " " + n));
    Map<String, String> cityMap = new HashMap<>();
    t =
        replace(
            cityNames,
            t,
            name -> cityMap.computeIfAbsent(name, n -> cities.get(rnd.nextInt(cities.size()))));
    int shift = k % 7;
    return replace(YEAR, t, y -> Integer.toString(Math.min(2049, Integer.parseInt(y) + shift)));
  }

  private static String replace(
      Pattern p, String text, java.util.function.UnaryOperator<String> f) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder(text.length() + 64);
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static Pattern alternation(List<String> names) {
    List<String> longestFirst = new ArrayList<>(names);
    longestFirst.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\d])(?:");
    for (int i = 0; i < longestFirst.size(); i++) {
      b.append(i == 0 ? "" : "|").append(Pattern.quote(longestFirst.get(i)));
    }
    return Pattern.compile(b.append(")(?![\\p{L}\\d])").toString());
  }
}
