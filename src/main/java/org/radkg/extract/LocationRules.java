package org.radkg.extract;

import java.util.List;

/**
 * Relation patterns that read where an event takes place or an organization is: "Y will be held in
 * Vienna, Austria", "the X-based Y", "held at the Z Convention Centre", "Taking place in Bergen, Y
 * ...". Part of {@link RelationRules#ALL}, in its order.
 */
final class LocationRules {
  private LocationRules() {}

  // The dot of a month or title abbreviation ("Sept. 7-9", "Dr. Lee") does not end the sentence a
  // gap stays in.
  private static final String ABBREVIATION_DOT =
      "(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Dr|Prof|St|Mt))\\.";

  // "in Northwest Indiana", "in rural Kenya": a part of a place; the place named is where it is.
  private static final String PART_OF_PLACE =
      "(?:(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?|central|upstate|downstate|rural|greater|metropolitan)\\s+){0,2}";

  private static final String PAREN_REMARK = "(?:\\s*\\((?:[^()⟦⟧.;]|⟦[DP]\\d+⟧){1,80}\\))?";

  // "ECR is the leading annual radiology meeting in Europe": after a superlative, "in" gives the
  // scope of the comparison, not where the event takes place.
  private static final String NOT_A_SUPERLATIVE =
      "(?!\\b(?:largest|biggest|leading|oldest|premier|foremost|most|only|main|best|greatest)\\b)";

  private static final String VENUE_INSTITUTION =
      "(?:\\bat\\s+(?:the\\s+)?⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?,?\\s+)?";

  // "at the Bergen Convention and Exhibition Centre": a venue named after its city places the event
  // in that city.
  private static final String AT_CITY_VENUE =
      "at\\s+(?:the\\s+)?(?=⟦P\\d+⟧\\s+(?:International\\s+)?(?:Convention|Congress|Conference|Exhibition|Exposition|Expo)\\b)";

  // A sentence opening with a participle of taking place: "Held in Bergen on 3 June, ...", "Taking
  // place at ...".
  private static final String PARTICIPLE_OPENER =
      "^\\s*(?:Taking place|Held|Hosted|Staged|Convened)\\s+";

  static final List<RelationRule> ALL =
      List.of(
          // --- location
          // "(Valencia, ES)": a country code after the city; "the Congress (14–18 September,
          // Lisbon, Portugal)": its dates first.
          RelationRule.of(
              "place-in-parens",
              Predicate.LOCATION,
              "s",
              "p",
              "{OIE:s}\\s*\\(\\s*(?:⟦D\\d+⟧\\s*,\\s*)?(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")(?:,\\s*\\p{Lu}{2,3})?\\s*\\)"),
          // "the Annual Meeting of the Society in Yokohama": the place is the meeting's (named or
          // not), not its owner's.
          RelationRule.of(
              "in-place",
              Predicate.LOCATION,
              "s",
              "p",
              "(?<!(?:meeting|congress|conference|symposium|workshop|course|summit|assembly|convention|webinar|forum|⟦E\\d{1,3}⟧)\\s(?:of|by)\\s(?:the\\s)?)"
                  + "{OIE:s}"
                  + PAREN_REMARK
                  + ",?\\s+(?:in|near|(?:(?:which\\s+)?(?:is|are|was|were|remains)\\s+)?(?:based|located|headquartered|situated)\\s+in|of)\\s+"
                  + PART_OF_PLACE
                  + "(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          RelationRule.of(
              "comma-city-country",
              Predicate.LOCATION,
              "s",
              "p",
              "{OIE:s},\\s+(?<p>⟦P\\d+⟧,\\s*(?:the\\s+)?⟦P\\d+⟧)"),
          RelationRule.of(
              "held-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{IE:s}"
                  + RuleParts.OWNER_AND_ALIASES
                  + "[^.;⟦⟧]{0,20}?\\b(?:will be |was |is |were |are )?(?:held|hosted|organi[sz]ed|taking place|takes place|took place|located|based|launched|opened|staged)"
                  + "(?:[^.;⟦⟧]|⟦[DEP]\\d+⟧|"
                  + ABBREVIATION_DOT
                  + "){0,60}?\\s(?:in|at)\\s+(?:the\\s+(?=⟦P\\d+⟧\\s+(?:International\\s+)?(?:Convention|Congress|Conference|Exhibition)))?(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          // "DRS is functioning in four states Kerala, Mizoram and Tripura", "the programme now
          // operates in Kenya and Uganda": where a body or program works is where it is.
          RelationRule.of(
              "operates-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{OI:s}\\s+(?:(?:is|are|was|were|has been|have been|now|currently|also)\\s+){0,2}"
                  + "(?:operat(?:es|ed|ing)|function(?:s|ed|ing)|active|present|running|runs)\\s+in\\s+"
                  + "(?:(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+"
                  + "(?:states|countries|provinces|regions|cities|districts)\\s*:?\\s*)?"
                  + "(?<p>⟦P\\d+⟧(?:(?:,\\s*|,?\\s+and\\s+)⟦P\\d+⟧)*)"),
          // "starting with sites in Alice Springs and Dubbo", "will bring the program to Whangarei
          // and Gisborne".
          RelationRule.of(
              "sites-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{IE:s}[^.;⟦⟧]{0,120}?\\b(?:sites?|centres?|centers?|hospitals?|locations?|communities|clinics|cities)\\s+(?:in|across)\\s+(?:the\\s+)?(?<p>⟦P\\d+⟧(?:(?:,\\s*|\\s+and\\s+)(?:[^.;⟦⟧,]{1,25}(?:,\\s*|\\s+and\\s+))?⟦P\\d+⟧)*)"),
          RelationRule.of(
              "bring-to",
              Predicate.LOCATION,
              "s",
              "p",
              "\\b(?:bring|brings|brought|expand|expands|expanded|extend|extends|extended|roll(?:s|ed)? out|take|takes|took)\\s+{_}{IE:s}\\s+to\\s+(?<p>⟦P\\d+⟧(?:(?:,\\s*|\\s+and\\s+)(?:[^.;⟦⟧,]{1,25}(?:,\\s*|\\s+and\\s+))?⟦P\\d+⟧)*)"),
          // "which returns to Christchurch, New Zealand", "travelled to Lisbon, Portugal, for CIRSE
          // 2024".
          RelationRule.of(
              "event-returns-to",
              Predicate.LOCATION,
              "s",
              "p",
              "{E:s}[^.;]{0,40}?\\b(?:returns?|moves?|comes?|heads?|travels?|goes)\\s+to\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          RelationRule.of(
              "to-place-for-event",
              Predicate.LOCATION,
              "s",
              "p",
              // "gathered in Seoul, Korea for the 19th World Congress": in a place for an event,
              // too.
              "\\b(?:to|in)\\s+(?<p>" + RuleParts.CITY_COUNTRY + "),?\\s+for\\s+{_}{E:s}"),
          // "Bach Mai Hospital in Hanoi hosted the first edition": the host's city is where it took
          // place.
          RelationRule.of(
              "host-in-place-hosted",
              Predicate.LOCATION,
              "s",
              "p",
              "{O}\\s+in\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + "),?\\s+"
                  + RuleParts.AUX
                  + "(?:hosted|held|organi[sz]ed|staged|ran)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?{IE:s}"),
          // "Lagos University Teaching Hospital, Nigeria.": an institution and its country closing
          // the sentence.
          RelationRule.of(
              "org-comma-country-end",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s},\\s+(?<p>⟦P\\d+⟧)\\s*[.;]?\\s*$"),
          RelationRule.of(
              "secretariat-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s}(?:[^.;⟦⟧]|⟦P\\d+⟧){0,60}?\\bwith\\s+(?:a|its|the)\\s+(?:secretariat|headquarters|head office|office|seat|base)\\s+"
                  + "(?:(?:based|located|situated|housed)\\s+)?in\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          // "Northern Health, one of the largest hospital systems, headquartered in Bergen": an
          // apposition that seats the organization.
          RelationRule.of(
              "apposition-headquartered-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s},[^.;⟦⟧]{0,80}?,\\s+(?:headquartered|based|located)\\s+in\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          // "the Kigali Imaging Academy, a training centre based in Kigali": an apposition that
          // describes and seats the organization.
          RelationRule.of(
              "apposition-based-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s},\\s+(?:a|an|the)\\s+[^.;⟦⟧,]{0,60}?\\b(?:headquartered|based|located|situated)\\s+in\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          // "Headquartered in Geneva, the Global Imaging Network coordinates ...": the seat fronted
          // before the organization the sentence is about.
          RelationRule.of(
              "fronted-based-in",
              Predicate.LOCATION,
              "s",
              "p",
              "^(?:Headquartered|Based|Located|Situated)\\s+in\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + "),\\s+(?:the\\s+)?{O:s}"),
          // "the IAEA's headquarters in Vienna", "Its secretariat is based in Montreal" (its: the
          // organization, see AnaphoraResolver).
          RelationRule.of(
              "headquarters-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s}(?:['’]s)?\\s+(?:secretariat|headquarters|head office|main office|registered office|seat)\\s+(?:(?:is|are|was|were|has been|will be)\\s+)?(?:(?:now\\s+)?(?:based|located|housed|situated)\\s+)?(?:in|at)\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          // "the Fjord Institute, established by and headquartered at the Nordic Society in Oslo":
          // a unit housed at a host is in the host's city ("hosted by" is not read: a program's
          // centre hosted by a hospital does not place the program).
          RelationRule.of(
              "based-at-host-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{OIE:s},?\\s+(?:(?:[\\p{Ll}]+\\s+){1,3}?)?(?:(?:is|are|was|were|now)\\s+)?(?:based|headquartered|located|housed|situated)\\s+(?:at|within)\\s+{_}⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?,?\\s+in\\s+"
                  + "(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"),
          // "a satellite office in Oslo, where the Nordic Society is based": a relative clause on
          // the place names what is there.
          RelationRule.of(
              "where-located",
              Predicate.LOCATION,
              "s",
              "p",
              "(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + "),?\\s+where\\s+{_}{OIE:s}\\s+"
                  + RuleParts.AUX
                  + "(?:located|based|headquartered|situated|housed|held|hosted|staged|takes place|took place|take place|taking place"
                  + "|has\\s+its\\s+(?:headquarters|seat|secretariat|head office|main office))\\b"),
          // "Lakeshore Health, one of Norway's largest providers": an organization described as a
          // place's own is there.
          RelationRule.of(
              "one-of-places",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s},\\s+(?:one\\s+of\\s+)?(?:the\\s+)?(?<p>⟦P\\d+⟧)['’]s\\s+(?:(?:largest|leading|biggest|oldest|main|major|premier|only|first|foremost|top|best-known|most\\s+[\\p{Ll}-]+)\\s+)"),
          // "the Ypsilanti-based Huron Valley Radiology".
          RelationRule.of(
              "place-based-org", Predicate.LOCATION, "s", "p", "(?<p>⟦P\\d+⟧)-based\\s+{_}{O:s}"),
          RelationRule.of(
              "org-comma-place",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s},\\s+(?<p>" + RuleParts.CITY_COUNTRY + "),"),
          // "Department of Radiology, Fjordside Hospital, Nordland University, Bodø, Norway": in an
          // affiliation chain the unit named first is in the city too, not only its parent.
          RelationRule.of(
              "affiliation-chain-place",
              Predicate.LOCATION,
              "s",
              "p",
              "{O:s},\\s+⟦O\\d+⟧,\\s+(?<p>" + RuleParts.CITY_COUNTRY + ")(?=\\s*(?:[,.;)]|$))"),
          // "The series opens on 14.11.2024 with the webinar “Bone Age AI”".
          RelationRule.of(
              "opens-with",
              Predicate.PART_OF,
              "b",
              "a",
              "{IE:a}\\s+(?:opens|starts|begins|kicks off|continues|closes|ends)\\s+(?:on\\s+⟦D\\d+⟧\\s+)?with\\s+(?:the|a|an)\\s+(?:webinar|session|lecture|workshop|talk|module|event)\\s+[‘“\"']?{IE:b}"),
          RelationRule.of(
              "opens-on-date-with",
              Predicate.START_DATE,
              "o",
              "d",
              "\\b(?:opens|starts|begins|kicks off)\\s+on\\s+{D:d}\\s+with\\s+(?:the|a|an)\\s+(?:webinar|session|lecture|workshop|talk|module|event)\\s+[‘“\"']?{IE:o}"),
          // "Next week the city of Philadelphia will host the 52nd Annual Meeting": the host city
          // is where the event takes place.
          RelationRule.of(
              "place-hosts-event",
              Predicate.LOCATION,
              "s",
              "p",
              "(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")\\s+"
                  + RuleParts.AUX
                  + "(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing))\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?{E:s}"),
          // "Taking place at the city stadium in Cardiff on 8 November, coinciding with X, the
          // event aims ...": an opening participle says where and when the event its clause is
          // about takes place.
          RelationRule.of(
              "opener-held-in",
              Predicate.LOCATION,
              "s",
              "p",
              PARTICIPLE_OPENER
                  + "(?:(?:at|on)\\s+[^⟦⟧,.;]{1,60}?\\s+)?in\\s+(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")(?:[^.;⟦⟧]|⟦[DIOP]\\d+⟧){0,100}?,\\s+{_}{E:s}"),
          RelationRule.of(
              "opener-held-on",
              Predicate.START_DATE,
              "o",
              "d",
              PARTICIPLE_OPENER
                  + "(?:[^.;⟦⟧]|⟦P\\d+⟧){0,80}?\\b(?:on|from|in)\\s+{D:d}(?:[^.;⟦⟧]|⟦[DIOP]\\d+⟧){0,100}?,\\s+{_}{E:o}"),
          // "The 11th Meeting (2014 CSIR) was held ... in Changsha", "the congress began at Fjord
          // University in Bergen": an alias in parentheses after the event, and the institution it
          // is held at, stand between it and its city.
          RelationRule.of(
              "event-in",
              Predicate.LOCATION,
              "s",
              "p",
              "{E:s}"
                  + RuleParts.OWNER_AND_ALIASES
                  + "(?:"
                  + NOT_A_SUPERLATIVE
                  + "(?:[^.;⟦⟧]|⟦D\\d+⟧)){0,80}?"
                  + VENUE_INSTITUTION
                  + "\\b(?:in\\s+|"
                  + AT_CITY_VENUE
                  + ")"
                  + RuleParts.UNLISTED_TOWN
                  + "(?<p>"
                  + RuleParts.CITY_COUNTRY
                  + ")"));
}
