using Amity.Domain;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Search;

/// <summary>
/// Full-text search over engagements with each database's own engine: FTS5 on SQLite, tsvector with a
/// GIN index on PostgreSQL. A row's body is its event name, place, summary, participants and the source
/// passages it cites; <see cref="RefreshAsync"/> rebuilds rows after a write.
/// </summary>
public static class FullTextSearch
{
    internal const string SqliteCreate = """
        CREATE VIRTUAL TABLE "EngagementSearch" USING fts5("Body", tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER "Engagements_DeleteSearch" AFTER DELETE ON "Engagements"
        BEGIN DELETE FROM "EngagementSearch" WHERE rowid = old."Id"; END;
        """;

    internal const string PostgresCreate = """
        CREATE TABLE "EngagementSearch" (
            "EngagementId" bigint PRIMARY KEY REFERENCES "Engagements" ("Id") ON DELETE CASCADE,
            "Body" text NOT NULL,
            "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Body")) STORED);
        CREATE INDEX "IX_EngagementSearch_Vector" ON "EngagementSearch" USING GIN ("Vector");
        """;

    /// <summary>
    /// PostgreSQL's search vector made from the body as FTS5 reads it: accents and ASCII punctuation gone, so
    /// "Inacio" finds "Inácio", and "U.S." and "people-to-people" are the words FTS5 makes of them. (The parser
    /// would keep "u.s" and "people-to-people" whole and the accents.) unaccent is PostgreSQL's own extension;
    /// wrapped in a function marked immutable, since a generated column may only call such.
    /// </summary>
    internal const string PostgresFoldAccentsAndPunctuation = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE OR REPLACE FUNCTION amity_search_text(body text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, body)), '[[:punct:]]+', ' ', 'g') $$;
        ALTER TABLE "EngagementSearch" DROP COLUMN "Vector";
        ALTER TABLE "EngagementSearch" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', amity_search_text("Body"))) STORED;
        CREATE INDEX "IX_EngagementSearch_Vector" ON "EngagementSearch" USING GIN ("Vector");
        """;

    internal const string PostgresKeepAccentsAndPunctuation = """
        ALTER TABLE "EngagementSearch" DROP COLUMN "Vector";
        ALTER TABLE "EngagementSearch" ADD COLUMN "Vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "Body")) STORED;
        CREATE INDEX "IX_EngagementSearch_Vector" ON "EngagementSearch" USING GIN ("Vector");
        DROP FUNCTION amity_search_text(text);
        """;

    /// <param name="restrictions">
    /// Leave out passages of restricted documents unless the engagement is restricted itself: an open engagement
    /// must not be found by words only a restricted document holds, while a restricted one is found by everything
    /// (only those cleared see it). False for the migration that ran before records could be restricted.
    /// </param>
    private static string Body(string aggregate, bool restrictions = true) => $"""
        coalesce(e."EventName", '') || ' ' || coalesce(e."Place", '') || ' ' || coalesce(e."Summary", '') || ' ' ||
        coalesce((SELECT {aggregate}(coalesce(p."Name", '') || ' ' || coalesce(p."Title", '') || ' ' || coalesce(p."OrganisationName", ''), ' ')
                  FROM "Participants" p WHERE p."EngagementId" = e."Id"), '') || ' ' ||
        coalesce((SELECT {aggregate}(coalesce(s."Quote", substr(d."Text", s."Start" + 1, s."End" - s."Start")), ' ')
                  FROM "EngagementSources" s JOIN "Documents" d ON d."Id" = s."DocumentId"
                  WHERE s."EngagementId" = e."Id"{(restrictions ? """ AND (NOT d."Restricted" OR e."Restricted")""" : "")}), '')
        """;

    internal static readonly string SqliteFillAllBeforeRestrictions =
        $"""INSERT INTO "EngagementSearch" (rowid, "Body") SELECT e."Id", {Body("group_concat", restrictions: false)} FROM "Engagements" e;""";

    internal static readonly string PostgresFillAllBeforeRestrictions =
        $"""INSERT INTO "EngagementSearch" ("EngagementId", "Body") SELECT e."Id", {Body("string_agg", restrictions: false)} FROM "Engagements" e;""";

    private static readonly string PostgresRefresh = $$"""
            DELETE FROM "EngagementSearch" WHERE "EngagementId" = ANY({0});
            INSERT INTO "EngagementSearch" ("EngagementId", "Body") SELECT e."Id", {{Body("string_agg")}} FROM "Engagements" e WHERE e."Id" = ANY({0});
            """;

    private static readonly string SqliteRefresh = $$"""
            DELETE FROM "EngagementSearch" WHERE rowid IN (SELECT value FROM json_each({0}));
            INSERT INTO "EngagementSearch" (rowid, "Body") SELECT e."Id", {{Body("group_concat")}} FROM "Engagements" e WHERE e."Id" IN (SELECT value FROM json_each({0}));
            """;

    /// <summary>
    /// The body <see cref="RefreshAsync"/> gives an engagement, from its participants and sources in memory (their
    /// documents loaded): a bulk import writes the rows of new engagements directly instead of querying them back.
    /// </summary>
    internal static string BodyOf(Engagement e)
    {
        var people = e.Participants.Select(p => $"{p.Name} {p.Title} {p.OrganisationName}");
        var passages = e.Sources
            .Where(s => !s.Document.Restricted || e.Restricted)
            .Select(s => s.Quote ?? s.Document.Span(s.Start, Math.Min(s.End, s.Document.Text.Length)) ?? "");
        return $"{e.EventName} {e.Place} {e.Summary} {string.Join(' ', people)} {string.Join(' ', passages)}";
    }

    /// <summary>Rebuilds the search rows of the given engagements.</summary>
    public static async Task RefreshAsync(AmityDb db, IReadOnlyCollection<long> engagementIds, CancellationToken cancellationToken = default)
    {
        if (engagementIds.Count == 0)
        {
            return;
        }
        var ids = engagementIds.ToArray();
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(PostgresRefresh, [ids], cancellationToken);
        }
        else
        {
            var json = "[" + string.Join(",", ids) + "]";
            await db.Database.ExecuteSqlRawAsync(SqliteRefresh, [json], cancellationToken);
        }
    }

    /// <summary>
    /// The ids of engagements whose text holds every word of <paramref name="text"/>, as a query the
    /// caller composes with its other filters. Both engines get the same words: lower case, accents gone, split at
    /// anything not a letter or digit (an apostrophe too, as FTS5 splits the text it indexes).
    /// </summary>
    public static IQueryable<long> Matching(AmityDb db, string text)
    {
        var words = Words(text);
        if (words.Length == 0)
        {
            return db.Database.SqlQueryRaw<long>("""SELECT "Id" AS "Value" FROM "Engagements" WHERE 1 = 0""");
        }
        if (db.IsPostgres)
        {
            // Words of letters and digits only, so joined with & they are a query and never its syntax.
            return db.Database.SqlQueryRaw<long>(
                """SELECT "EngagementId" AS "Value" FROM "EngagementSearch" WHERE "Vector" @@ to_tsquery('simple', {0})""",
                string.Join(" & ", words));
        }
        // Each word quoted, so FTS5 reads the user's text as terms, never as query syntax.
        var match = string.Join(' ', words.Select(w => "\"" + w + "\""));
        return db.Database.SqlQueryRaw<long>(
            """SELECT rowid AS "Value" FROM "EngagementSearch" WHERE "EngagementSearch" MATCH {0}""", match);
    }

    private static string[] Words(string text) =>
        NameKey.Of(text.Replace('\'', ' ').Replace('’', ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
