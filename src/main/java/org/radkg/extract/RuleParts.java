package org.radkg.extract;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The verb groups and clause fragments several sets of relation patterns share: the verbs of
 * leading, the auxiliaries before a verb, an apposition after the subject, a place with its
 * country, an event's aliases and owner.
 */
final class RuleParts {
  private RuleParts() {}

  static final String LEAD_VERBS =
      "launch(?:ed|es|ing)?|open(?:ed|s)|inaugurat(?:ed|es)|announc(?:ed|es)|complet(?:ed|es)|finali[sz]ed|drafted|prepared|produced|organi[sz](?:e|ed|es|ing)|coordinat(?:e|ed|es|ing)|runs|running|ran|leads|leading|led"
          + "|creat(?:ed|es|ing)|establish(?:ed|es|ing)|set up|initiat(?:ed|es)|introduc(?:ed|es|ing)|issu(?:ed|es)"
          + "|releas(?:ed|es)|develop(?:ed|s|ing)|host(?:s|ed|ing)?|held|holds|holding|conduct(?:ed|s|ing)|founded"
          + "|start(?:ed|s)|adopt(?:ed|s)|unveil(?:ed|s)|publish(?:ed|es)|convene[sd]?|built|builds|building|implement(?:ed|s|ing)"
          // Base forms, after a modal or "to": "will host", "plans to organize".
          + "|(?<=(?:will|would|to|shall|can|jointly|together)\\s)(?:lead|run|hold|convene|create|establish|issue|release|develop|conduct|publish|implement|launch|open|initiate|introduce|co-organi[sz]e)";

  static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|officially|recently|"
          + "successfully|now|first|just|proudly|again|jointly|formally|significantly|(?:agreed|agrees|plans|planned|pledged|promised|committed|decided|set|continues|continued|excited|pleased|proud|delighted|happy|thrilled|honou?red|scheduled)\\s+to)\\s+){0,3}";

  // An organization's apposition or place before its verb: "The CRF, the charitable arm of the CAR,
  // has ...", "The Vector Institute, Toronto, has ...".
  static final String SUBJ_TAIL =
      "(?:,\\s+(?:(?:the|a|an|its)\\s+[^,.;]{1,80}?|⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)?),)?";

  static Predicate active(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (verb.startsWith("host") && m.group("o").startsWith("⟦I")) {
      return Predicate.HOSTS;
    }
    return Predicate.LEADS;
  }

  // "The Annual Congress of the Society (CIRSE) in September in Lisbon": the congress's owner
  // between it and its date or place.
  // "in Jeju, South Korea": a town too small for the gazetteer before the country it is in; the
  // country is still read.
  static final String UNLISTED_TOWN = "(?:\\p{Lu}[\\p{Ll}-]+,\\s+)?";

  // "Tata Memorial Centre (a premier cancer institution of India) in Mumbai": a remark in
  // parentheses before the place.
  // "in Vienna, Austria", "in Kampala (Uganda)": a place and, optionally, the larger place it lies
  // in.
  static final String CITY_COUNTRY = "⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧|\\s*\\(⟦P\\d+⟧\\))?";

  static final String EVENT_ALIAS = "(?:\\s*\\((?:[^()⟦⟧.;]|⟦[DOE]\\d+⟧){1,60}\\))?";

  static final String EVENT_OWNER = "(?:\\s+of\\s+(?:the\\s+)?⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?)?";

  // "The 12th Annual Meeting (AM) of the Nordic Society (NS) will be held ...": the edition's alias
  // and its owner, in either order, stand between it and its verb.
  static final String OWNER_AND_ALIASES = EVENT_ALIAS + EVENT_OWNER + EVENT_ALIAS;

  /**
   * The predicate of a "verb" group: co-organizing ("co-host", "co-organized") is partnership; any
   * other thing done (organizing, hosting, launching), leading.
   */
  static Predicate leadsUnlessCo(Matcher m) {
    return m.group("verb").toLowerCase(Locale.ROOT).startsWith("co-")
        ? Predicate.PARTNERS_IN
        : Predicate.LEADS;
  }
}
