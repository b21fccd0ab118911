package org.radkg.extract.place;

import org.radkg.extract.Entity;

/**
 * A place named in a text: {@code text.substring(begin, end)} is the mention of {@code place}.
 *
 * @param place the country or city entity
 * @param begin char offset of the first char of the mention
 * @param end char offset just after the mention
 * @param strong true when the mention alone settles the place (a country name; a city written with
 *     its country or region, "Berlin, Germany"); false when it rests on context elsewhere
 */
public record PlaceMatch(Entity place, int begin, int end, boolean strong) {}
