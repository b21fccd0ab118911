package org.radkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OwnedNamesTest {
  private static final Entity NIS =
      entity("Nordic Imaging Society", "NIS", EntityType.ORGANIZATION, EntityType.SOCIETY);
  private static final Entity BRU =
      entity("Baltic Radiology Union", "BRU", EntityType.ORGANIZATION);
  private static final OwnedNames OWNED = new OwnedNames(new Lexicon(List.of(NIS, BRU)));

  private static Entity entity(String label, String acronym, EntityType... types) {
    TreeSet<String> alt = new TreeSet<>();
    if (acronym != null) {
      alt.add(acronym);
    }
    return new Entity(
        org.radkg.vocab.Slugs.of(label),
        label,
        acronym,
        alt,
        EnumSet.of(types[0], types),
        new TreeSet<>(),
        null);
  }

  private static Mention at(String text, String surface, Entity e) {
    int b = text.indexOf(surface);
    return new Mention(e, b, b + surface.length());
  }

  private static List<Mention> list(Mention... mentions) {
    return new ArrayList<>(List.of(mentions));
  }

  private static List<Mention> qualified(String text, Entity society, Mention... mentions) {
    List<Mention> out = list(mentions);
    OWNED.qualify(text, out, society, whole(text));
    return out;
  }

  private static List<Span> whole(String text) {
    return List.of(new Span(0, text.length()));
  }

  @Test
  void aGenericNameIsMadeOnlyOfGenericWordsAroundAHead() {
    assertTrue(OwnedNames.isGeneric(entity("Annual Meeting", null, EntityType.EVENT)));
    assertTrue(OwnedNames.isGeneric(entity("World Congress 2023", null, EntityType.EVENT)));
    assertTrue(OwnedNames.isGeneric(entity("Strategic Plan", null, EntityType.INITIATIVE)));
    assertFalse(
        OwnedNames.isGeneric(entity("Nordic Congress of Radiology", null, EntityType.EVENT)));
    assertFalse(OwnedNames.isGeneric(entity("Annual", null, EntityType.EVENT)));
  }

  @Test
  void thePossessiveOwnerBeforeAGenericNameOwnsItAndLeadsIt() {
    String text = "The Nordic Imaging Society's 12th Annual Meeting 2022 drew 900 people.";
    List<Mention> mentions =
        list(
            at(text, "Nordic Imaging Society", NIS),
            at(text, "Annual Meeting 2022", entity("Annual Meeting 2022", null, EntityType.EVENT)));
    List<Relation> leads = OWNED.qualify(text, mentions, BRU, whole(text));
    Entity meeting = mentions.get(1).entity();
    assertEquals("NIS Annual Meeting 2022", meeting.label());
    assertTrue(meeting.altLabels().contains("Nordic Imaging Society Annual Meeting 2022"));
    assertTrue(meeting.altLabels().contains("NIS 2022"));
    assertEquals(1, leads.size());
    assertEquals(NIS, leads.get(0).subject());
    assertEquals(Predicate.LEADS, leads.get(0).predicate());
    assertEquals(meeting, leads.get(0).object());
  }

  @Test
  void theUnitAPersonHeadsBelongsToTheOrganizationOfTheirRole() {
    String text =
        "The deal was signed by Jane Doe, BRU Deputy Director and Head of the Department of Nuclear Applications, in May.";
    List<Mention> mentions =
        list(
            at(text, "BRU", BRU),
            at(
                text,
                "Department of Nuclear Applications",
                entity("Department of Nuclear Applications", null, EntityType.ORGANIZATION)));
    OWNED.qualify(text, mentions, NIS, whole(text));
    assertEquals("BRU Department of Nuclear Applications", mentions.get(1).entity().label());
  }

  @Test
  void anOfTheTailOrElseThePagesSocietyOwnsIt() {
    String text = "Delegates met at the General Assembly of the Baltic Radiology Union in May.";
    List<Mention> mentions =
        list(
            at(text, "General Assembly", entity("General Assembly", null, EntityType.EVENT)),
            at(text, "Baltic Radiology Union", BRU));
    OWNED.qualify(text, mentions, NIS, whole(text));
    assertEquals("BRU General Assembly", mentions.get(0).entity().label());

    String alone = "Registration for the World Congress opens soon.";
    List<Mention> only =
        list(at(alone, "World Congress", entity("World Congress", null, EntityType.EVENT)));
    OWNED.qualify(alone, only, NIS, whole(alone));
    assertEquals("NIS World Congress", only.get(0).entity().label());
  }

  @Test
  void anOwnedCommitteeIsAnOrganizationThatLeadsNothing() {
    String text = "The NIS Executive Committee approved the budget.";
    List<Mention> mentions =
        list(
            at(text, "NIS", NIS),
            at(
                text,
                "Executive Committee",
                entity("Executive Committee", null, EntityType.ORGANIZATION)));
    List<Relation> leads = OWNED.qualify(text, mentions, null, whole(text));
    assertEquals("NIS Executive Committee", mentions.get(1).entity().label());
    assertEquals(EntityType.ORGANIZATION, mentions.get(1).entity().primaryType());
    assertEquals(List.of(), leads);
  }

  @Test
  void aBoardOfDirectorsWithoutItsOwnersNameIsNoEntity() {
    String alone = "The society's Board of Directors met the new members in Riga.";
    List<Mention> only =
        list(
            at(
                alone,
                "Board of Directors",
                entity("Board of Directors", null, EntityType.ORGANIZATION)));
    OWNED.qualify(alone, only, NIS, whole(alone));
    assertEquals(List.of(), only);

    String named = "The NIS Board of Directors met the new members in Riga.";
    List<Mention> mentions =
        list(
            at(named, "NIS", NIS),
            at(
                named,
                "Board of Directors",
                entity("Board of Directors", null, EntityType.ORGANIZATION)));
    OWNED.qualify(named, mentions, NIS, whole(named));
    assertEquals("NIS Board of Directors", mentions.get(1).entity().label());
  }

  @Test
  void aCongresssOwnCommitteeIsNoUnitOfThePagesSociety() {
    String text =
        "Thanks to the Organising Committee of the 9th Baltic Imaging Conference in Riga.";
    List<Mention> mentions =
        list(
            at(
                text,
                "Organising Committee",
                entity("Organising Committee", null, EntityType.ORGANIZATION)),
            at(
                text,
                "9th Baltic Imaging Conference",
                entity("9th Baltic Imaging Conference", null, EntityType.EVENT)));
    OWNED.qualify(text, mentions, NIS, whole(text));
    assertEquals(1, mentions.size());
    assertEquals(EntityType.EVENT, mentions.get(0).entity().primaryType());
  }

  @Test
  void aUnitNamedByOrdinaryWordsIsItsOwnersAndKeepsTheTextsNameAsAnAltLabel() {
    String text = "Ingrid Dahl, Outreach Committee, wrote the report.";
    List<Mention> mentions =
        qualified(
            text,
            NIS,
            at(
                text,
                "Outreach Committee",
                entity("Outreach Committee", null, EntityType.ORGANIZATION)));
    Entity unit = mentions.get(0).entity();
    assertEquals("NIS Outreach Committee", unit.label());
    assertTrue(unit.altLabels().contains("Outreach Committee"));
    assertEquals(EntityType.ORGANIZATION, unit.primaryType());

    String hosted = "She chairs the Outreach Committee at the Baltic Radiology Union.";
    List<Mention> at =
        qualified(
            hosted,
            NIS,
            at(
                hosted,
                "Outreach Committee",
                entity("Outreach Committee", null, EntityType.ORGANIZATION)),
            at(hosted, "Baltic Radiology Union", BRU));
    assertEquals("BRU Outreach Committee", at.get(0).entity().label());

    String junk = "The Committee Chairs met the Group Member.";
    List<Mention> none =
        qualified(
            junk,
            NIS,
            at(
                junk,
                "Committee Chairs",
                entity("Committee Chairs", null, EntityType.ORGANIZATION)));
    assertEquals("Committee Chairs", none.get(0).entity().label());
  }

  @Test
  void aNameThatBeginsWithItsOwnerStatesTheLeaderUnlessAnotherIsRead() {
    String text = "The BRU Teleradiology Programme and BRU Connect started in 2021.";
    Entity programme = entity("BRU Teleradiology Programme", null, EntityType.INITIATIVE);
    List<Mention> mentions =
        list(
            at(text, "BRU Teleradiology Programme", programme),
            at(text, "BRU Connect", entity("BRU Connect", null, EntityType.INITIATIVE)));
    List<Relation> leads = OWNED.qualify(text, mentions, null, whole(text));
    assertEquals(1, leads.size());
    assertEquals(BRU, leads.get(0).subject());
    assertEquals(programme, leads.get(0).object());

    Relation other = new Relation(NIS, Predicate.LEADS, programme, leads.get(0).evidence());
    assertEquals(List.of(), OwnedNames.unlessLedByAnother(leads, List.of(other)));
    assertEquals(leads, OwnedNames.unlessLedByAnother(leads, List.of()));
  }

  @Test
  void anOwnerAfterAnOrdinalOrInAnOfTailLeadsTheWholeName() {
    String text =
        "The ninth Nordic Imaging Society Symposium and the Winter Congress of the Baltic Radiology Union met.";
    Entity symposium = entity("The ninth Nordic Imaging Society Symposium", null, EntityType.EVENT);
    Entity congress =
        entity("Winter Congress of the Baltic Radiology Union", null, EntityType.EVENT);
    List<Mention> mentions =
        list(
            at(text, "The ninth Nordic Imaging Society Symposium", symposium),
            at(text, "Winter Congress of the Baltic Radiology Union", congress));
    List<Relation> leads = OWNED.qualify(text, mentions, null, whole(text));
    assertEquals(2, leads.size(), leads::toString);
    assertEquals(NIS, leads.get(0).subject());
    assertEquals(symposium, leads.get(0).object());
    assertEquals(BRU, leads.get(1).subject());
    assertEquals(congress, leads.get(1).object());
  }

  @Test
  void anOfTailThatIsNoOrganizationOrAHeadThatIsNoActivityStatesNoLeader() {
    String text = "The Day of Nordic Radiology and the Friends of the Baltic Radiology Union met.";
    List<Mention> mentions =
        list(
            at(
                text,
                "Day of Nordic Radiology",
                entity("Day of Nordic Radiology", null, EntityType.EVENT)),
            at(
                text,
                "Friends of the Baltic Radiology Union",
                entity("Friends of the Baltic Radiology Union", null, EntityType.INITIATIVE)));
    assertEquals(List.of(), OWNED.qualify(text, mentions, null, whole(text)));
  }

  @Test
  void aShortNameIsTheLongerNameItEndsInTheSameArticle() {
    String text =
        "The NIS Imaging Informatics Institute opened. The Imaging Informatics Institute trains staff.";
    Entity full = entity("NIS Imaging Informatics Institute", null, EntityType.ORGANIZATION);
    Entity shortName = entity("Imaging Informatics Institute", null, EntityType.ORGANIZATION);
    Entity place = entity("Baltic Sea Region", null, EntityType.REGION);
    List<Mention> mentions =
        list(
            at(text, "NIS Imaging Informatics Institute", full),
            new Mention(shortName, text.lastIndexOf("Imaging"), text.lastIndexOf("Imaging") + 29),
            at(text, "NIS", place));
    OWNED.resolveShortNames(mentions);
    assertEquals(full, mentions.get(1).entity());
    assertEquals(place, mentions.get(2).entity());
  }

  @Test
  void aNameOpeningWithAnOrganizationsFullNameIsTheOneOpeningWithItsAcronym() {
    String text =
        "Nordic Imaging Society Learning Passport\nNIS offers the NIS Learning Passport to members.";
    Entity spelled =
        entity("Nordic Imaging Society Learning Passport", null, EntityType.INITIATIVE);
    Entity body = entity("NIS Learning Passport", null, EntityType.INITIATIVE);
    List<Mention> mentions =
        list(
            at(text, "Nordic Imaging Society Learning Passport", spelled),
            new Mention(NIS, text.indexOf("NIS"), text.indexOf("NIS") + 3),
            at(text, "NIS Learning Passport", body));
    OwnedNames.resolveSpelledOutOwners(mentions);
    assertEquals(body, mentions.get(0).entity());
  }

  @Test
  void aVenueBeforeAGenericNameHostsItAndDoesNotOwnIt() {
    String text = "Delegates filled the Riga Congress Center Annual Meeting halls.";
    assertEquals(
        "BRU Annual Meeting",
        qualified(
                text,
                BRU,
                at(
                    text,
                    "Riga Congress Center",
                    entity("Riga Congress Center", null, EntityType.ORGANIZATION)),
                at(text, "Annual Meeting", entity("Annual Meeting", null, EntityType.EVENT)))
            .get(1)
            .entity()
            .label());
  }
}
