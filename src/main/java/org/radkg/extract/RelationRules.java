package org.radkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The catalog of sentence patterns for the relations of the vocabulary contract. Each pattern is
 * written over masked sentences (see {@link RelationRule#compile}); they name verbs and
 * constructions, never particular organizations or programs.
 */
public final class RelationRules {
  private RelationRules() {}

  private static final String LEAD_VERBS =
      "launch(?:ed|es|ing)?|open(?:ed|s)|inaugurat(?:ed|es)|announc(?:ed|es)|complet(?:ed|es)|finali[sz]ed|drafted|prepared|produced|organi[sz](?:e|ed|es|ing)|coordinat(?:e|ed|es|ing)|runs|running|ran|leads|leading|led"
          + "|creat(?:ed|es|ing)|establish(?:ed|es|ing)|set up|initiat(?:ed|es)|introduc(?:ed|es|ing)|issu(?:ed|es)"
          + "|releas(?:ed|es)|develop(?:ed|s|ing)|host(?:s|ed|ing)?|held|holds|holding|conduct(?:ed|s|ing)|founded"
          + "|start(?:ed|s)|adopt(?:ed|s)|unveil(?:ed|s)|publish(?:ed|es)|convene[sd]?|built|builds|building|implement(?:ed|s|ing)"
          // Base forms, after a modal or "to": "will host", "plans to organize".
          + "|(?<=(?:will|would|to|shall|can|jointly|together)\\s)(?:lead|run|hold|convene|create|establish|issue|release|develop|conduct|publish|implement|launch|open|initiate|introduce|co-organi[sz]e)";
  private static final String AUX =
      "(?:(?:has|have|had|will|would|is|was|were|are|been|be|also|officially|recently|"
          + "successfully|now|first|just|proudly|again|jointly|formally|significantly|(?:agreed|agrees|plans|planned|pledged|promised|committed|decided|set|continues|continued|excited|pleased|proud|delighted|happy|thrilled|honou?red|scheduled)\\s+to)\\s+){0,3}";
  // An organization's apposition or place before its verb: "The CRF, the charitable arm of the CAR,
  // has ...", "The Vector Institute, Toronto, has ...".
  private static final String SUBJ_TAIL =
      "(?:,\\s+(?:(?:the|a|an|its)\\s+[^,.;]{1,80}?|⟦P\\d+⟧(?:,\\s*⟦P\\d+⟧)?),)?";

  /** Passive "... by ORG": the verb decides between leading, hosting, supporting and funding. */
  private static Predicate passive(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (verb.startsWith("host")) {
      return m.group("o").startsWith("⟦E") ? Predicate.LEADS : Predicate.HOSTS;
    }
    if (m.group().contains("financially ")) {
      return Predicate.FUNDS;
    }
    // "jointly organized by A, B and C": each is a partner, none alone the leader.
    if (verb.startsWith("support")
        || verb.startsWith("sponsor")
        || verb.startsWith("co-")
        || m.group().contains("jointly ")) {
      return Predicate.PARTNERS_IN;
    }
    if (verb.startsWith("fund") || verb.startsWith("financ")) {
      return Predicate.FUNDS;
    }
    return Predicate.LEADS;
  }

  private static Predicate active(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    if (verb.startsWith("host") && m.group("o").startsWith("⟦I")) {
      return Predicate.HOSTS;
    }
    return Predicate.LEADS;
  }

  // The dot of a month or title abbreviation ("Sept. 7-9", "Dr. Lee") does not end the sentence a
  // gap stays in.
  private static final String ABBREVIATION_DOT =
      "(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Dr|Prof|St|Mt))\\.";

  // A slot followed by a list separator and another slot is one item of a list ("sponsored by A, B,
  // C, D"), not the clause's subject.
  private static final String NOT_A_LIST_ITEM =
      "(?!(?:\\s*\\(⟦[OIE]\\d+⟧\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?⟦)";

  // "in Northwest Indiana", "in rural Kenya": a part of a place; the place named is where it is.
  private static final String PART_OF_PLACE =
      "(?:(?:(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?|central|upstate|downstate|rural|greater|metropolitan)\\s+){0,2}";
  // "The Annual Congress of the Society (CIRSE) in September in Lisbon": the congress's owner
  // between it and its date or place.
  // "in Jeju, South Korea": a town too small for the gazetteer before the country it is in; the
  // country is still read.
  private static final String UNLISTED_TOWN = "(?:\\p{Lu}[\\p{Ll}-]+,\\s+)?";
  // "Tata Memorial Centre (a premier cancer institution of India) in Mumbai": a remark in
  // parentheses before the place.
  // "in Vienna, Austria", "in Kampala (Uganda)": a place and, optionally, the larger place it lies
  // in.
  private static final String CITY_COUNTRY =
      "⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧|\\s*\\(⟦P\\d+⟧\\))?";
  private static final String PAREN_REMARK = "(?:\\s*\\((?:[^()⟦⟧.;]|⟦[DP]\\d+⟧){1,80}\\))?";
  // "ECR is the leading annual radiology meeting in Europe": after a superlative, "in" gives the
  // scope of the
  // comparison, not where the event takes place.
  private static final String NOT_A_SUPERLATIVE =
      "(?!\\b(?:largest|biggest|leading|oldest|premier|foremost|most|only|main|best|greatest)\\b)";
  private static final String EVENT_ALIAS = "(?:\\s*\\((?:[^()⟦⟧.;]|⟦[DOE]\\d+⟧){1,60}\\))?";
  private static final String VENUE_INSTITUTION =
      "(?:\\bat\\s+(?:the\\s+)?⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?,?\\s+)?";
  private static final String EVENT_OWNER =
      "(?:\\s+of\\s+(?:the\\s+)?⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?)?";
  // "The 12th Annual Meeting (AM) of the Nordic Society (NS) will be held ...": the edition's alias
  // and its owner, in either order, stand between it and its verb.
  private static final String OWNER_AND_ALIASES = EVENT_ALIAS + EVENT_OWNER + EVENT_ALIAS;
  // "at the Bergen Convention and Exhibition Centre": a venue named after its city places the event
  // in that city.
  private static final String AT_CITY_VENUE =
      "at\\s+(?:the\\s+)?(?=⟦P\\d+⟧\\s+(?:International\\s+)?(?:Convention|Congress|Conference|Exhibition|Exposition|Expo)\\b)";
  // A sentence opening with a participle of taking place: "Held in Bergen on 3 June, ...", "Taking
  // place at ...".
  private static final String PARTICIPLE_OPENER =
      "^\\s*(?:Taking place|Held|Hosted|Staged|Convened)\\s+";

  private static final String EVENT_NOUN =
      "(?:webinars?|session|symposium|conference|workshop|roundtable|lecture|panel|forum|summit|meeting|masterclass|course)";

  private static Predicate eventNounVerb(Matcher m) {
    return m.group("verb").toLowerCase(Locale.ROOT).startsWith("co-")
        ? Predicate.PARTNERS_IN
        : Predicate.LEADS;
  }

  private static Predicate frontedSupport(Matcher m) {
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    return verb.contains("fund") || verb.startsWith("financ")
        ? Predicate.FUNDS
        : Predicate.PARTNERS_IN;
  }

  private static Predicate supportRole(Matcher m) {
    String role = m.group("role").toLowerCase(Locale.ROOT);
    return role.startsWith("funder") ? Predicate.FUNDS : Predicate.PARTNERS_IN;
  }

  /**
   * The patterns, most specific first, then those of {@link CompositionRules}, {@link
   * AgreementRules}, {@link EventDateRules}, {@link OrganizerListRules}, {@link
   * JointParticipationRules}, {@link OwnPronounRules}, {@link ObjectFirstRules}, {@link
   * InvolvementRules} and {@link MembershipRules}.
   */
  public static final List<RelationRule> ALL =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  // --- funding
                  RelationRule.of(
                      "funded-compound", Predicate.FUNDS, "s", "o", "{O:s}-funded\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "led-compound",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "{O:s}-(?:led|run|organi[sz]ed|hosted|initiated)\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "grant-to-develop",
                      Predicate.FUNDS,
                      "s",
                      "o",
                      "grant\\s+(?:by|from)\\s+[^.;]*?{O:s}(?:['’]s)?\\s+to\\s+(?:develop|create|establish|support|launch|build|fund|expand)\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "grant-from-first",
                      Predicate.FUNDS,
                      "l",
                      "o",
                      "\\b(?:grant|grants|funding|support|donation)\\s+from\\s+{_}{OL:l},?\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "grant-from-after",
                      Predicate.FUNDS,
                      "l",
                      "o",
                      "{IE:o}[^.;⟦⟧]{0,80}?\\b(?:thanks to|with|through|by|under)\\s+(?:a|an|the)?\\s*(?:[^\\s⟦⟧.;]+\\s+){0,3}?(?:grant|grants|funding|donation)\\s+(?:from|by)\\s+{_}{OL:l}"),
                  RelationRule.of(
                      "awarded-towards",
                      Predicate.FUNDS,
                      "s",
                      "o",
                      "{O:s}"
                          + SUBJ_TAIL
                          + "\\s+"
                          + AUX
                          + "(?:awarded|granted|committed|provided|pledged|contributed|donated|allocated)\\s+(?:[^.;⟦⟧]|\\.(?=\\d)){0,40}?\\b(?:to|towards|for)\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "funds",
                      Predicate.FUNDS,
                      "s",
                      "o",
                      "{O:s}{g}\\b"
                          + AUX
                          + "(?:funds|funded|funding|finances|financed|co-funds|co-funded|provides funding for|provided funding for|awarded (?:a )?grants? (?:to|for))\\s+{_}{IE:o}"),
                  // --- hosting
                  RelationRule.of(
                      "site-of",
                      Predicate.HOSTS,
                      "s",
                      "o",
                      "{O:s}(?:[^.;⟦⟧]|⟦P\\d+⟧){0,80}?\\b(?:will be|is|was|has been|were|becomes|became)\\s+(?:selected as |chosen as |named as |announced as )?(?:the )?(?:next |new |first |second |third |fourth |fifth |inaugural |latest )?{I:o}\\s*(?:host(?: location| site| institution)?|site|location)\\b"),
                  RelationRule.of(
                      "as-a-site",
                      Predicate.HOSTS,
                      "s",
                      "o",
                      "\\bas\\s+(?:a|an|the)\\s+{I:o},\\s+{_}{O:s}"),
                  RelationRule.of(
                      "opened-at",
                      Predicate.HOSTS,
                      "l",
                      "o",
                      "{I:o}\\s*(?:program |programme |site |centre |center )?"
                          + AUX
                          + "(?:launched|opened|started|open|launch|been established|established)\\b{gd}\\s+at\\s+{_}{OL:l}"),
                  // --- passive agent "... by ORG"
                  RelationRule.of(
                      "passive-by",
                      RelationRules::passive,
                      "l",
                      "o",
                      "{IE:o}{G}\\b(?:is |was |were |are |will be |has been |have been |being |to be )?(?:scientifically |jointly |officially |originally |first |financially |generously )?"
                          + "(?<verb>led|launched|organi[sz]ed|coordinated|run|created|established|founded|developed|initiated|introduced|conceived|hosted|held|supported|sponsored|funded|financed|co-organi[sz]ed|co-hosted|convened|set up|started|formed|opened|released|published|issued|drafted|prepared|written|produced|adopted|endorsed|implemented|managed|administered|operated|spearheaded|championed|headed|steered)"
                          + "(?:\\s+(?:on|in)\\s+⟦D\\d+⟧)?(?:\\s+(?:every year|each year|annually|jointly|together))?\\s+by\\s+{_}{OL:l}"),
                  // --- leading
                  RelationRule.of(
                      "lead-active",
                      RelationRules::active,
                      "l",
                      "o",
                      "{OL:l}(?:,\\s+[^,.;]{1,80},)?\\s+"
                          + AUX
                          + "(?<verb>"
                          + LEAD_VERBS
                          + ")\\s+(?:again\\s+)?{_}(?:(?:[\\p{Ll}-]+|(?:19|20)\\d{2}),?\\s+){0,4}?[‘“\"']?{IE:o}"),
                  RelationRule.of(
                      "launch-of",
                      Predicate.LEADS,
                      "l",
                      "o",
                      "{OL:l}\\s+"
                          + AUX
                          + "(?:announced?|celebrated?|marked|mark|completed|welcomed?|unveiled)\\s+the\\s+(?:official\\s+|successful\\s+)?(?:launch|start|opening|creation|establishment|inauguration|kick-off)\\s+of\\s+{_}{IE:o}"),
                  // "Its first project, the Canadian AI Registry for Imaging", "The network's first
                  // joint initiative, the ...".
                  RelationRule.of(
                      "first-project",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "{O:s}(?:['’]s)?\\s+(?:(?:first|new|latest|flagship|main|joint|major|second)\\s+){0,3}(?:project|initiative|program|programme|activity|undertaking|product|registry),?\\s+{_}{IE:o}"),
                  // "the Rural Teleradiology Support Programme (RTSP), an RSSA-led programme".
                  RelationRule.of(
                      "appositive-led",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "{IE:o},\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?{O:s}-(?:led|run|organi[sz]ed|hosted|initiated)\\b"),
                  // "KCR 2024, the annual scientific meeting of the Korean Society of Radiology".
                  RelationRule.of(
                      "appositive-meeting-of",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "{IE:o},\\s+(?:the|an?)\\s+(?:[\\p{IsL}-]+\\s+){0,3}(?:meeting|congress|conference|symposium|program|programme|initiative|project|campaign|platform|registry|event|course)\\s+of\\s+{_}{O:s}"),
                  // "the ACR’s (ACR) Data Science Institute": the acronym may follow the
                  // possessive.
                  RelationRule.of(
                      "lead-possessive",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "{O:s}['’]s?(?:\\s*\\(⟦O\\d+⟧\\))?\\s+(?:(?:new|own|newly established|annual|popular|first|flagship|recent|latest)\\s+)?{IE:o}"),
                  RelationRule.of(
                      "meeting-of",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "{IE:o}\\s+(?:is|was|will be)\\s+(?:the|an?)\\s+(?:[\\p{IsL}-]+\\s+){0,3}(?:meeting|congress|conference|symposium|program|programme|initiative|project|campaign|platform|registry)\\s+of\\s+{_}{O:s}"),
                  RelationRule.of(
                      "symposium-of", Predicate.LEADS, "s", "o", "{E:o}\\s+of\\s+the\\s+{O:s}"),
                  RelationRule.of(
                      "held-event-noun",
                      RelationRules::eventNounVerb,
                      "s",
                      "o",
                      "{O:s}\\s+"
                          + AUX
                          + "(?<verb>held|hosted|organi[sz]ed|co-organi[sz]ed|co-hosted|convened|ran|conducted|launched|staged)\\s+(?:again\\s+)?{_}(?:[\\p{IsL}-]+\\s+){0,4}?"
                          + EVENT_NOUN
                          + "\\s+(?:on\\s+the\\s+(?:theme|topic)\\s+of\\s+|titled\\s+|entitled\\s+|called\\s+|named\\s+|on\\s+)?[‘“\"]?{E:o}"),
                  // --- partnering and supporting
                  RelationRule.of(
                      "partner-active",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{OL:l}"
                          + SUBJ_TAIL
                          + "\\s+"
                          + AUX
                          + "(?:continues? to |is proud to |will )?(?:partner(?:s|ed|ing)?|co-organi[sz](?:e|ed|es|ing)|co-host(?:s|ed)?|supports?|supported|supporting"
                          + "|sponsor(?:s|ed|ing)?|contribut(?:es|ed|ing|e)\\s+(?:[\\p{IsL}-]+\\s+){0,3}?(?:to|at|in)|co-fund(?:s|ed)|endors(?:es|ed)|is actively involved in|are actively involved in|is involved in)\\s+(?:on\\s+|in\\s+|to\\s+|with\\s+|at\\s+)?{_}{IE:o}"),
                  RelationRule.of(
                      "partner-role",
                      RelationRules::supportRole,
                      "l",
                      "o",
                      "{OL:l}\\s+(?:is|was|are|were|acted|acts|served|serves)\\s+(?:as\\s+)?(?:among\\s+)?(?:the\\s+|a\\s+|an\\s+|one of the\\s+)?(?:[\\p{IsL}-]+\\s+){0,2}?"
                          + "(?<role>supporting organi[sz]ations?|partners?|sponsors?|co-organi[sz]ers?|supporters?|contributors?|funders?|collaborators?)\\s+(?:of|to|for|in)\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "joint-project",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{IE:o},?\\s+(?:a|an)\\s+joint\\s+(?:project|initiative|effort|programme|program|venture)\\s+(?:with|of|between)\\s+{_}{OL:l}"),
                  RelationRule.of(
                      "collaborating-on",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{OL:l}\\s+"
                          + AUX
                          + "(?:collaborating|cooperating|partnering|working together|working)\\s+on\\s+{_}{IE:o}"),
                  // "The College is working with the AMA and the Ministry of Health on a joint
                  // plan": all of them partner in it.
                  RelationRule.of(
                      "working-with-on",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{O:l2}"
                          + SUBJ_TAIL
                          + "\\s+"
                          + AUX
                          + "(?:work(?:ing|s|ed)?|collaborat(?:ing|es|ed|e)|cooperat(?:ing|es|ed|e)|partner(?:ing|s|ed)?)\\s+(?:closely\\s+|together\\s+)?with\\s+{_}{OL:l}"
                          + "\\s+on\\s+{_}(?:(?:joint|new|common|shared|national|global)\\s+)?[‘“\"']?{IE:o}"),
                  RelationRule.of(
                      "with-support-of",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{IE:o}(?:[^.;⟦⟧]|⟦[DP]\\d+⟧){0,80}?\\b(?:in\\s+(?:close\\s+)?(?:collaboration|cooperation|partnership)\\s+with|with\\s+the\\s+(?:support|help|sponsorship)\\s+of|supported\\s+by|sponsored\\s+by|together\\s+with|jointly\\s+with|in\\s+consultation\\s+with|in\\s+conjunction\\s+with|(?:additional\\s+|financial\\s+)?support\\s+from|(?:developed|prepared|written|produced|drafted|organi[sz]ed|co-organi[sz]ed|run|delivered|held|hosted|convened|conducted)\\s+(?:jointly\\s+)?with)\\s+{_}{OL:l}"),
                  RelationRule.of(
                      "supported-by-first",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "\\b(?:supported|sponsored|endorsed)\\s+by\\s+{_}{OL:l},\\s+{_}{IE:o}"
                          + NOT_A_LIST_ITEM),
                  RelationRule.of(
                      "cooperating-org-organises",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{O}"
                          + JointParticipationRules.WITH_COLLABORATORS
                          + "{_}{OL:l},?\\s+"
                          + AUX
                          + "(?:be\\s+)?"
                          + JointParticipationRules.BID
                          + "(?:organi[sz]ing|organi[sz]ed|organi[sz]e|launching|launched|launch|hosting|hosted|host|holding|hold|running|developing|developed|held)\\s+{_}"
                          // "host the 30th edition of the Congress": the words between the verb and
                          // the name, an edition's ordinal among them (as
                          // cooperating-subject-leads).
                          + "(?:(?:[\\p{Ll}-]+|\\d+(?:st|nd|rd|th)),?\\s+){0,4}?[‘“\"']?{IE:o}"),
                  // "With PAHO and SIDI, CIRSE started the webinar series ‘IR for Latin America’":
                  // the partners come first.
                  // "co-hosted this year's meeting with the Canadian Association of Nuclear
                  // Medicine".
                  RelationRule.of(
                      "co-verb-with",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "\\b(?:co-hosted|co-organi[sz]ed|co-sponsored|co-chaired|co-led|organi[sz]ed|hosted|held|ran|launched|developed|created|prepared)\\s+{_}[‘“\"']?{IE:o}[’”\"']?\\s+(?:jointly\\s+|together\\s+)?with\\s+{_}{OL:l}"),
                  // "released ... by the KSThR, a member society of the KSR, in collaboration with
                  // the Korean Thyroid Association".
                  RelationRule.of(
                      "agent-with-partner",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "{IE:o}[^.;]{0,120}?\\bby\\s+[^.;]{0,100}?\\b(?:in\\s+(?:close\\s+)?(?:collaboration|cooperation|partnership)\\s+with|together\\s+with|jointly\\s+with)\\s+{_}{OL:l}"),
                  // "Organized by the ESPR together with the SPRMN, the meeting welcomed ...".
                  RelationRule.of(
                      "fronted-by",
                      Predicate.LEADS,
                      "l",
                      "o",
                      "^(?:Organi[sz]ed|Hosted|Run|Led|Coordinated|Launched|Convened|Developed|Created)\\s+(?:jointly\\s+)?by\\s+{_}{OL:l}[^.;]{0,100}?,\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "fronted-funded-by",
                      RelationRules::frontedSupport,
                      "l",
                      "o",
                      "^(?<verb>Funded|Financed|Co-funded|Supported|Sponsored|Endorsed)\\s+(?:in\\s+part\\s+|jointly\\s+)?by\\s+(?:(?:[^⟦⟧.;,]|[.,](?=\\d)){0,50}?\\b(?:grant|funding|donation|award|contribution|support)\\s+(?:by|from|of)\\s+)?{_}(?:⟦O\\d+⟧['’]s\\s+)?{OL:l}[^.;]{0,100}?,\\s+{_}{IE:o}"
                          + NOT_A_LIST_ITEM),
                  RelationRule.of(
                      "fronted-by-with",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "^(?:Organi[sz]ed|Hosted|Run|Led|Coordinated|Launched|Convened|Developed|Created)\\s+(?:jointly\\s+)?by\\s+[^.;]{0,100}?\\b(?:together|jointly|in\\s+(?:collaboration|cooperation|partnership))\\s+with\\s+{_}{OL:l}[^.;]{0,80}?,\\s+{_}{IE:o}"),
                  // "... at two host sites: Makerere University in Kampala and Aga Khan University
                  // Hospital".
                  RelationRule.of(
                      "host-sites",
                      Predicate.HOSTS,
                      "l",
                      "o",
                      "{I:o}[^.;]{0,150}?\\bhost\\s+(?:sites?|institutions?|hospitals?|centres?|centers?|partners?|universities)\\s*(?::|include|includes|are|will be)?\\s+{_}{OL:l}"),
                  RelationRule.of(
                      "based-at",
                      Predicate.HOSTS,
                      "s",
                      "o",
                      "{I:o}[^.;⟦⟧]{0,80}?\\b(?:(?:based|housed|located|hosted)\\s+at|hosted\\s+(?:through|within))\\s+{_}{O:s}"),
                  RelationRule.of(
                      "participants-include",
                      Predicate.PARTICIPATES_IN,
                      "l",
                      "o",
                      "{IE:o}\\s+(?:include|includes|are)\\s*:?\\s+{_}{OL:l}"),
                  RelationRule.of(
                      "with-list-first",
                      Predicate.PARTNERS_IN,
                      "l",
                      "o",
                      "\\b[Ww]ith\\s+{_}{OL:l},\\s+{_}{O}\\s+"
                          + AUX
                          + "(?:"
                          + LEAD_VERBS
                          + ")\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,3})?[‘“\"']?{IE:o}"),
                  // "In a Position Statement ... issued in March 2024, SNMMI calls on ...".
                  RelationRule.of(
                      "in-issued-document",
                      Predicate.LEADS,
                      "s",
                      "o",
                      "\\b[Ii]n\\s+(?:a|an|its|the|their)\\s+(?:new\\s+|recent\\s+)?{IE:o}\\s+(?:issued|published|released|adopted)\\s+(?:in|on)\\s+⟦D\\d+⟧,\\s+{_}{O:s}"),
                  RelationRule.of(
                      "in-issued-document-date",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      "\\b[Ii]n\\s+(?:a|an|its|the|their)\\s+(?:new\\s+|recent\\s+)?{IE:o}\\s+(?:issued|published|released|adopted)\\s+(?:in|on)\\s+{D:d},\\s+{_}{O}"),
                  RelationRule.of(
                      "participates",
                      Predicate.PARTICIPATES_IN,
                      "s",
                      "o",
                      "{O:s}\\s+"
                          + AUX
                          + "(?:participat(?:es|ed|ing)|took part|takes part|take part|engaged|attended|attends|joined|represented)\\s+(?:in\\s+|at\\s+)?{_}(?:[\\p{Ll}-]+\\s+){0,3}?[‘“\"]?{IE:o}"
                          // "joined X as a partner" is partnership (InvolvementRules), not only
                          // participation.
                          + "(?!\\s+as\\s+(?:a|an|the|one\\s+of\\s+(?:the|its))\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:partner|sponsor|funder|supporter|co-organi[sz]er|contributor)s?\\b)"),
                  // --- membership
                  RelationRule.of(
                      "formed-with-members",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "{O:c}[^.;]{0,60}?\\bformed\\s+with\\s+(?:[\\p{IsL}-]+\\s+){0,3}?(?:founding\\s+)?members?(?:\\s+organi[sz]ations?)?\\s*\\(\\s*{OL:l}\\s*\\)"),
                  RelationRule.of(
                      "members-include",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "(?<!\\bby\\s)(?<!\\bby\\sthe\\s){O:c}(?![-‐]\\p{IsL})[^.;]{0,80}?\\b(?:founding |new |current )?members\\s+(?:include|includes|are|comprise|were)\\s*:?\\s+(?:\\d+[.)]\\s+)?{_}{OL:l}"),
                  RelationRule.of(
                      "join-to-form",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "(?<l>⟦O\\d+⟧)[^.;⟦⟧]{0,40}?\\bjoin(?:s|ed|ing)?\\s+{_}{OL:l2}[^.;⟦⟧]{0,60}?,?\\s+(?:to form|in forming|to launch|to create|in launching|to found)\\s+{_}{O:c}"),
                  // "the Korean Society of Thyroid Radiology, a member society of the KSR".
                  RelationRule.of(
                      "appositive-member",
                      Predicate.MEMBER_OF,
                      "s",
                      "c",
                      "{O:s},\\s+(?:a|an|the)\\s+(?:founding\\s+|full\\s+|associate\\s+|affiliated\\s+)?member(?:\\s+society|\\s+organi[sz]ation|\\s+association)?\\s+of\\s+{_}{O:c}"),
                  // A partner in an initiative partners in it; a member or participant takes part.
                  RelationRule.of(
                      "member-of-network",
                      m ->
                          m.group("role").equalsIgnoreCase("partner")
                              ? Predicate.PARTNERS_IN
                              : Predicate.PARTICIPATES_IN,
                      "s",
                      "o",
                      "{O:s}\\s+"
                          + AUX
                          + "(?:(?:a|an)\\s+)?(?:founding\\s+|full\\s+|active\\s+|proud\\s+)?(?<role>member|partner|participant)(?:\\s+organi[sz]ation)?\\s+(?:of|in)\\s+{_}{IE:o}"),
                  // "A, B, C and D have formed the Disaster Imaging Support Network": the founders
                  // are its members.
                  RelationRule.of(
                      "formed-by-list",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "{OL:l}\\s+"
                          + AUX
                          + "(?:formed|founded|established|created|launched|set up)\\s+{_}{O:c}"),
                  // "The network was founded in March 2022 by the CIR, SAR, CBR and SMRI": its
                  // founders are its members.
                  RelationRule.of(
                      "founded-by-list",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "{O:c}[^.;]{0,200}?\\b(?:was\\s+|were\\s+|has been\\s+)?(?:founded|formed|established|created|set up|launched|started)\\b(?:[^.;⟦⟧]|⟦D\\d+⟧){0,40}?\\bby\\s+"
                          // "founded by four pillar societies, the A, B and C".
                          + "(?:(?:[\\p{IsL}-]+\\s+){0,3}(?:societies|organi[sz]ations|partners|members|institutions|bodies|associations)\\s*[,:]\\s+)?{_}{OL:l}"),
                  // "CAR became a founding member of GISA, together with JRS and SoR": the ones
                  // named with it too.
                  RelationRule.of(
                      "member-of",
                      Predicate.MEMBER_OF,
                      "s",
                      "c",
                      "{O:s}\\s+"
                          + AUX
                          + "(?:(?:became|becomes|become)\\s+)?(?:(?:a|an|one of the)\\s+)?(?:founding\\s+|full\\s+|active\\s+|proud\\s+|associate\\s+)?(?:member|chapter|affiliate|constituent society|member society|(?:co-)?stakeholder|(?<=one of the\\s)members)(?:\\s+organi[sz]ation)?\\s+of\\s+{_}{O:c}"
                          + "(?:,?\\s+(?:together|along)\\s+with\\s+{_}{OL:s2})?"),
                  // "the ACR, of which the CAR is a chapter".
                  RelationRule.of(
                      "of-which-member",
                      Predicate.MEMBER_OF,
                      "s",
                      "c",
                      "{O:c},\\s+of\\s+which\\s+{_}{O:s}\\s+(?:is|was|has been|became)\\s+(?:a|an|one)\\s+(?:founding\\s+|full\\s+)?(?:member|chapter|affiliate|part)\\b"),
                  // "CIRSE joined the ECO in 2016": joining an organization (not "joined the ACR in
                  // calling for", nor "to form").
                  RelationRule.of(
                      "joined-org",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "{OL:l}\\s+"
                          + AUX
                          + "(?:joined|joins|join)\\s+{_}{O:c}(?!\\s*,?\\s+(?:in|on|for|to|at|and|as well as|with)\\s+(?!⟦D))(?!\\s*,\\s*⟦O)(?![^.;]{0,80}?\\b(?:to form|to create|to launch|in forming|to found)\\b)"),
                  RelationRule.of(
                      "representatives",
                      Predicate.MEMBER_OF,
                      "l",
                      "c",
                      "(?<!\\bby\\s)(?<!\\bby\\sthe\\s){O:c}(?![-‐]\\p{IsL})[^.;]{0,60}?\\b(?:includes|include|brings together|bring together|unites|comprises)\\s+(?:representatives\\s+(?:from|of)\\s+)?{_}{OL:l}"),
                  // --- collaboration between organizations
                  RelationRule.of(
                      "collaborates-with",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "lb",
                      "{O:a}\\s+"
                          + AUX
                          + "(?:continu(?:es|ing|ed)\\s+(?:its\\s+|their\\s+)?(?:collaboration|cooperation|partnership)|collaborat(?:ing|es|ed|e)|cooperat(?:ing|es|ed|e)|work(?:ing|s|ed)?|partner(?:ing|s|ed)?|teamed up|joined forces)(?:\\s+(?:closely|together|jointly|actively|intensively|successfully|hand in hand)){0,2}\\s+with\\s+{_}{OL:lb}"),
                  // "SNMMI is supporting the CSNM in urging ...": one organization helping another
                  // (not "supports the AMA's plan").
                  RelationRule.of(
                      "supports-organization",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "lb",
                      "{O:a}"
                          + SUBJ_TAIL
                          + "\\s+"
                          + AUX
                          + "(?:supporting|supports|supported|assisting|assists|assisted|helping|helps|helped)\\s+{_}{OL:lb}(?!\\s*['’]s?\\s)"),
                  RelationRule.of(
                      "signed-agreement",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "b",
                      "{O:a}\\s+and\\s+{_}{O:b}\\s+"
                          + AUX
                          + "(?:signed|concluded|renewed|agreed|reached|entered\\s+into)\\s+(?:a|an|the)\\s+(?:new\\s+)?(?:memorandum of understanding|MoU|agreement|partnership agreement|cooperation agreement|collaboration agreement|letter of intent)"),
                  RelationRule.of(
                      "with-which-signed",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "b",
                      "{O:b},\\s+with\\s+which\\s+{_}{O:a}\\s+"
                          + AUX
                          + "(?:signed|concluded|renewed|has|had|holds)\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:memorandum of understanding|MoU|agreement|partnership)"),
                  RelationRule.of(
                      "signed-agreement-with",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "lb",
                      "{O:a}\\s+"
                          + AUX
                          + "(?:signed|concluded|renewed)\\s+(?:a|an|the)\\s+(?:new\\s+)?(?:memorandum of understanding|MoU|agreement|partnership agreement|cooperation agreement|collaboration agreement|letter of intent)\\s+with\\s+{_}{OL:lb}"),
                  RelationRule.of(
                      "in-relations-with",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "b",
                      "{O:a}[^.;⟦⟧]{0,60}?\\bin\\s+(?:official\\s+|formal\\s+|close\\s+)?relations?\\s+with\\s+{_}{O:b}"),
                  RelationRule.of(
                      "in-cooperation-with",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "lb",
                      "{O:a},?\\s+(?:in\\s+(?:close\\s+)?(?:cooperation|collaboration|partnership|conjunction)|together|jointly)\\s+with\\s+{_}{OL:lb}"),
                  RelationRule.of(
                      "a-and-b-collaborate",
                      Predicate.COLLABORATES_WITH,
                      "l",
                      "l",
                      "{OL:l}\\s+"
                          + AUX
                          + "(?:collaborating|cooperating|partnering|working together|joined forces|teamed up|collaborate|cooperate|partner|agreed to (?:work together|collaborate|cooperate|partner))\\b"),
                  RelationRule.of(
                      "partnership-between",
                      Predicate.COLLABORATES_WITH,
                      "l",
                      "l",
                      "(?:partnership|collaboration|cooperation|joint venture|joint effort|alliance|agreement|memorandum of understanding|MoU)(?:\\s+(?:agreement|accord|memorandum))?(?:\\s*\\([^()⟦⟧]{1,12}\\))?"
                          // "a memorandum of understanding for academic exchange between A and B":
                          // its purpose may come first.
                          + "(?:\\s+(?:for|on|in|of)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?[\\p{Ll}-]+)?"
                          + "(?:\\s+(?:was\\s+|were\\s+|has been\\s+)?(?:signed|concluded|reached|agreed))?\\s+(?:between|by|among)\\s+{_}{OL:l}"),
                  // "a joint statement by A, B and C", "This was a joint effort of A, B and C":
                  // every two of them worked together.
                  RelationRule.of(
                      "joint-work-of",
                      Predicate.COLLABORATES_WITH,
                      "l",
                      "l",
                      "\\bjoint\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:effort|statement|initiative|project|venture|letter|report|paper|declaration|undertaking|programme|program|publication|recommendations?|guidelines?|work|campaign|position|consensus)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:of|by|from)\\s+{_}{OL:l}"),
                  // "A, B and C jointly issued ...", "A and B together launched ...", "A, B and C
                  // join forces".
                  RelationRule.of(
                      "list-acting-jointly",
                      Predicate.COLLABORATES_WITH,
                      "l",
                      "l",
                      "{OL:l}\\s+(?:(?:have|has|had|will|would|are|were)\\s+)?(?:(?:first\\s+|also\\s+|recently\\s+)?(?:jointly|together|collectively)\\s+\\p{Ll}+|join(?:ed|s|ing)?\\s+(?:forces|hands)|combined\\s+(?:their\\s+)?efforts|pooled\\s+(?:their\\s+)?(?:efforts|resources)|(?:came|come|comes|coming)\\s+together"
                          // "A and B first published a joint statement": what two or more make as
                          // one is their joint work.
                          + "|(?:(?:first|also|recently|have|has|had|will)\\s+){0,2}(?:published|issued|released|signed|launched|organi[sz]ed|developed|held|hosted|wrote|presented|submitted|created|prepared)\\s+(?:a|an|the|their)\\s+joint)\\b"),
                  // "Together, the A, B and C will ...".
                  RelationRule.of(
                      "together-list",
                      Predicate.COLLABORATES_WITH,
                      "l",
                      "l",
                      "^(?:[^⟦⟧.;]{0,30}?,\\s+)?[Tt]ogether,\\s+{_}{OL:l}"),
                  // "ISR's partners, including WHO, IAEA and IOMP": the society's named partners
                  // work with it.
                  RelationRule.of(
                      "partners-including",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "lb",
                      "{O:a}['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:partners|collaborators|partner organi[sz]ations|sister societies|allies)\\s*,?\\s+(?:including|such as|like|namely|among them|:)\\s+{_}{OL:lb}"),
                  // "our major collaboration with the ACR", "the CAR's partnership with the RSNA".
                  RelationRule.of(
                      "possessive-collaboration",
                      Predicate.COLLABORATES_WITH,
                      "a",
                      "lb",
                      "{O:a}(?:['’]s)?\\s+(?:(?:long-standing|longstanding|major|close|new|ongoing|strategic|successful|continued|fruitful|formal)\\s+){0,2}(?:collaboration|partnership|cooperation|alliance)\\s+with\\s+{_}{OL:lb}"),
                  // --- part of
                  RelationRule.of(
                      "flagship-of",
                      Predicate.PART_OF,
                      "a",
                      "b",
                      "{IE:a}[^.;]{0,60}?\\bas\\s+(?:one of\\s+)?(?:the\\s+|a\\s+|an\\s+)?(?:flagships?|components?|parts?|pillars?|elements?|cornerstones?)\\s+of\\s+{_}{IE:b}"),
                  RelationRule.of(
                      "part-of",
                      Predicate.PART_OF,
                      "a",
                      "b",
                      "{IE:a}\\s+"
                          + AUX
                          + "(?:is|are|forms?|formed|was|will be|becomes?|remains?)\\s+(?:also\\s+)?(?:a\\s+|an\\s+|the\\s+|one\\s+)?(?:part|component|pillar|flagship|cornerstone|element|building block|module|arm|strand)\\s+of\\s+{_}{IE:b}"),
                  RelationRule.of(
                      "cornerstone-will-be",
                      Predicate.PART_OF,
                      "a",
                      "b",
                      "\\b(?:cornerstone|centrepiece|centerpiece|core|backbone|heart|basis|pillar)\\s+of\\s+{_}{IE:b}\\s+will\\s+be\\s+[^.;]*?{IE:a}"),
                  // --- location
                  // "(Valencia, ES)": a country code after the city; "the Congress (14–18
                  // September, Lisbon, Portugal)": its dates first.
                  RelationRule.of(
                      "place-in-parens",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{OIE:s}\\s*\\(\\s*(?:⟦D\\d+⟧\\s*,\\s*)?(?<p>"
                          + CITY_COUNTRY
                          + ")(?:,\\s*\\p{Lu}{2,3})?\\s*\\)"),
                  // "the Annual Meeting of the Society in Yokohama": the place is the meeting's
                  // (named or not), not its owner's.
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
                          + CITY_COUNTRY
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
                          + OWNER_AND_ALIASES
                          + "[^.;⟦⟧]{0,20}?\\b(?:will be |was |is |were |are )?(?:held|hosted|organi[sz]ed|taking place|takes place|took place|located|based|launched|opened|staged)"
                          + "(?:[^.;⟦⟧]|⟦[DEP]\\d+⟧|"
                          + ABBREVIATION_DOT
                          + "){0,60}?\\s(?:in|at)\\s+(?:the\\s+(?=⟦P\\d+⟧\\s+(?:International\\s+)?(?:Convention|Congress|Conference|Exhibition)))?(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  // "starting with sites in Alice Springs and Dubbo", "will bring the program to
                  // Whangarei and Gisborne".
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
                  // "which returns to Christchurch, New Zealand", "travelled to Lisbon, Portugal,
                  // for CIRSE 2024".
                  RelationRule.of(
                      "event-returns-to",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{E:s}[^.;]{0,40}?\\b(?:returns?|moves?|comes?|heads?|travels?|goes)\\s+to\\s+(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  RelationRule.of(
                      "to-place-for-event",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      // "gathered in Seoul, Korea for the 19th World Congress": in a place for an
                      // event, too.
                      "\\b(?:to|in)\\s+(?<p>" + CITY_COUNTRY + "),?\\s+for\\s+{_}{E:s}"),
                  // "Bach Mai Hospital in Hanoi hosted the first edition": the host's city is where
                  // it took place.
                  RelationRule.of(
                      "host-in-place-hosted",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O}\\s+in\\s+(?<p>"
                          + CITY_COUNTRY
                          + "),?\\s+"
                          + AUX
                          + "(?:hosted|held|organi[sz]ed|staged|ran)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?{IE:s}"),
                  // "Lagos University Teaching Hospital, Nigeria.": an institution and its country
                  // closing the sentence.
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
                          + CITY_COUNTRY
                          + ")"),
                  // "Northern Health, one of the largest hospital systems, headquartered in
                  // Bergen": an apposition that seats the organization.
                  RelationRule.of(
                      "apposition-headquartered-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O:s},[^.;⟦⟧]{0,80}?,\\s+(?:headquartered|based|located)\\s+in\\s+(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  // "the Kigali Imaging Academy, a training centre based in Kigali": an apposition
                  // that describes and seats the organization.
                  RelationRule.of(
                      "apposition-based-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O:s},\\s+(?:a|an|the)\\s+[^.;⟦⟧,]{0,60}?\\b(?:headquartered|based|located|situated)\\s+in\\s+(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  // "Headquartered in Geneva, the Global Imaging Network coordinates ...": the seat
                  // fronted before the organization the sentence is about.
                  RelationRule.of(
                      "fronted-based-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "^(?:Headquartered|Based|Located|Situated)\\s+in\\s+(?<p>"
                          + CITY_COUNTRY
                          + "),\\s+(?:the\\s+)?{O:s}"),
                  // "the IAEA's headquarters in Vienna", "Its secretariat is based in Montreal"
                  // (its: the organization, see AnaphoraResolver).
                  RelationRule.of(
                      "headquarters-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O:s}(?:['’]s)?\\s+(?:secretariat|headquarters|head office|main office|registered office|seat)\\s+(?:(?:is|are|was|were|has been|will be)\\s+)?(?:(?:now\\s+)?(?:based|located|housed|situated)\\s+)?(?:in|at)\\s+(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  // "the Fjord Institute, established by and headquartered at the Nordic Society in
                  // Oslo": a unit housed at a host is in the host's city
                  // ("hosted by" is not read: a program's centre hosted by a hospital does not
                  // place the program).
                  RelationRule.of(
                      "based-at-host-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{OIE:s},?\\s+(?:(?:[\\p{Ll}]+\\s+){1,3}?)?(?:(?:is|are|was|were|now)\\s+)?(?:based|headquartered|located|housed|situated)\\s+(?:at|within)\\s+{_}⟦O\\d+⟧(?:\\s*\\(⟦O\\d+⟧\\))?,?\\s+in\\s+"
                          + "(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  // "a satellite office in Oslo, where the Nordic Society is based": a relative
                  // clause on the place names what is there.
                  RelationRule.of(
                      "where-located",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "(?<p>"
                          + CITY_COUNTRY
                          + "),?\\s+where\\s+{_}{OIE:s}\\s+"
                          + AUX
                          + "(?:located|based|headquartered|situated|housed|held|hosted|staged|takes place|took place|take place|taking place"
                          + "|has\\s+its\\s+(?:headquarters|seat|secretariat|head office|main office))\\b"),
                  // "Lakeshore Health, one of Norway's largest providers": an organization
                  // described as a place's own is there.
                  RelationRule.of(
                      "one-of-places",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O:s},\\s+(?:one\\s+of\\s+)?(?:the\\s+)?(?<p>⟦P\\d+⟧)['’]s\\s+(?:(?:largest|leading|biggest|oldest|main|major|premier|only|first|foremost|top|best-known|most\\s+[\\p{Ll}-]+)\\s+)"),
                  // "the Ypsilanti-based Huron Valley Radiology".
                  RelationRule.of(
                      "place-based-org",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "(?<p>⟦P\\d+⟧)-based\\s+{_}{O:s}"),
                  RelationRule.of(
                      "org-comma-place",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O:s},\\s+(?<p>" + CITY_COUNTRY + "),"),
                  // "Department of Radiology, Fjordside Hospital, Nordland University, Bodø,
                  // Norway": in an
                  // affiliation chain the unit named first is in the city too, not only its parent.
                  RelationRule.of(
                      "affiliation-chain-place",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O:s},\\s+⟦O\\d+⟧,\\s+(?<p>" + CITY_COUNTRY + ")(?=\\s*(?:[,.;)]|$))"),
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
                  // "Next week the city of Philadelphia will host the 52nd Annual Meeting": the
                  // host city is where the event takes place.
                  RelationRule.of(
                      "place-hosts-event",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "(?<p>"
                          + CITY_COUNTRY
                          + ")\\s+"
                          + AUX
                          + "(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing))\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?{E:s}"),
                  // "Taking place at the city stadium in Cardiff on 8 November, coinciding with X,
                  // the event aims ...": an opening
                  // participle says where and when the event its clause is about takes place.
                  RelationRule.of(
                      "opener-held-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      PARTICIPLE_OPENER
                          + "(?:(?:at|on)\\s+[^⟦⟧,.;]{1,60}?\\s+)?in\\s+(?<p>"
                          + CITY_COUNTRY
                          + ")(?:[^.;⟦⟧]|⟦[DIOP]\\d+⟧){0,100}?,\\s+{_}{E:s}"),
                  RelationRule.of(
                      "opener-held-on",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      PARTICIPLE_OPENER
                          + "(?:[^.;⟦⟧]|⟦P\\d+⟧){0,80}?\\b(?:on|from|in)\\s+{D:d}(?:[^.;⟦⟧]|⟦[DIOP]\\d+⟧){0,100}?,\\s+{_}{E:o}"),
                  // "The 11th Meeting (2014 CSIR) was held ... in Changsha", "the congress began at
                  // Fjord University in Bergen": an
                  // alias in parentheses after the event, and the institution it is held at, stand
                  // between it and its city.
                  RelationRule.of(
                      "event-in",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{E:s}"
                          + OWNER_AND_ALIASES
                          + "(?:"
                          + NOT_A_SUPERLATIVE
                          + "(?:[^.;⟦⟧]|⟦D\\d+⟧)){0,80}?"
                          + VENUE_INSTITUTION
                          + "\\b(?:in\\s+|"
                          + AT_CITY_VENUE
                          + ")"
                          + UNLISTED_TOWN
                          + "(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  // --- start dates
                  RelationRule.of(
                      "event-on-date",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      "{E:o}[’”\"]?"
                          + EVENT_OWNER
                          + "(?:,?\\s+in\\s+"
                          + UNLISTED_TOWN
                          + "⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?)?(?:\\s*,\\s*|\\s*\\(\\s*|\\s*,?\\s+(?:(?:lasts|lasted|runs|ran|will\\s+(?:last|run))\\s+)?(?:on|from|in)\\s+){D:d}"),
                  RelationRule.of(
                      "held-on-date-theme",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      "\\b(?:held|took place|organi[sz]ed|hosted|conducted)\\s+(?:on|in)\\s+{D:d},?\\s+(?:on\\s+the\\s+(?:theme|topic)\\s+of|titled|entitled)\\s+[‘“\"]?{E:o}"),
                  RelationRule.of(
                      "in-date-launched",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      "\\b(?:in|since|on)\\s+(?:the\\s+(?:coming|upcoming|early|late|spring|summer|autumn|fall|winter|end|beginning)\\s+(?:of\\s+)?)?(?:[^,.;⟦⟧]{1,40},\\s*)?{D:d},?\\s+{_}{O}{g}\\b"
                          + AUX
                          + "(?:host|organi[sz]e|hold|launch|convene|launched|created|established|founded|introduced|started|initiated|set up|formed|conceived|began|opened|adopted|organi[sz]ed|issued|released|published|unveiled|held|hosted|conducted|convened)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,3})?{IE:o}"),
                  // "In 2014, Minja established the Outreach Program", "That same year, she founded
                  // ...": whoever founds it, it starts then.
                  RelationRule.of(
                      "date-fronted-founded",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      "^\\s*(?:In\\s+)?{D:d},\\s+(?:[^⟦⟧.;,]|⟦H\\d+⟧){0,40}?\\b(?:launched|established|founded|created|started|set up|initiated|introduced)\\s+{_}{IE:o}"),
                  RelationRule.of(
                      "org-launched-in-date",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      "{O}(?:\\s+in\\s+⟦P\\d+⟧(?:,\\s*(?:the\\s+)?⟦P\\d+⟧)?,?)?\\s+"
                          + AUX
                          + "(?:launched|created|established|founded|introduced|started|initiated|set up|opened|unveiled|released|issued|published|held|organi[sz]ed|hosted|conducted|convened|announced)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?[‘“\"']?{IE:o}(?:[^.;⟦⟧]|⟦P\\d+⟧){0,40}?\\b(?:in|on|from|since)\\s+{D:d}"),
                  RelationRule.of(
                      "org-launched-in-place",
                      Predicate.LOCATION,
                      "s",
                      "p",
                      "{O}\\s+"
                          + AUX
                          + "(?:launched|held|organi[sz]ed|hosted|opened|established|convened|staged)\\s+{_}(?:(?:[\\p{Ll}-]+\\s+){0,2})?[‘“\"']?{IE:s}(?:[^.;⟦⟧]|⟦D\\d+⟧){0,40}?\\b(?:in|at)\\s+(?<p>"
                          + CITY_COUNTRY
                          + ")"),
                  RelationRule.of(
                      "launched-in-date",
                      Predicate.START_DATE,
                      "o",
                      "d",
                      // "The Closing Meeting of the Project “X” will take place ...": the meeting
                      // takes place, not the project it names (see EventDateRules).
                      "(?<!first |second |third |inaugural |next )(?<!first \\(|second \\()(?<!⟦E\\d{1,3}⟧\\s{0,2}[\"“‘]?)"
                          + "{IE:o}"
                          + OWNER_AND_ALIASES
                          + "\\)?\\s*(?:program |programme |project |initiative )?(?:,[^,.;]{0,80},)?[^.;⟦⟧]{0,40}?\\b"
                          + AUX
                          + "(?:launched|created|established|founded|introduced|started|starts|initiated|set up|formed|conceived|began|begins|opened|opens|kicked off|held|took place|takes place|will take place|return|returns|conducted|organi[sz]ed|convened|goes live|go live|went live|published|released|issued|adopted|unveiled)"
                          + "\\b(?:[^.;⟦⟧]|⟦[OPIE]\\d+⟧){0,60}?\\b(?:(?:in|on|from|since)\\s+)?{D:d}")),
              java.util.stream.Stream.of(
                      CompositionRules.ALL,
                      AgreementRules.ALL,
                      EventDateRules.ALL,
                      OrganizerListRules.ALL,
                      LeaderWordingRules.ALL,
                      JointParticipationRules.ALL,
                      OwnPronounRules.ALL,
                      ObjectFirstRules.ALL,
                      InvolvementRules.ALL,
                      MembershipRules.ALL,
                      AddressRules.ALL)
                  .flatMap(List::stream))
          .toList();
}
