using Amity.Domain;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features;

/// <summary>
/// What was wrong with a request body or form, by field (the body's camelCase name). Commands throw it; the API
/// answers it as a validation problem and the pages show each message next to its field.
/// </summary>
public sealed class InputException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public Dictionary<string, string[]> ToDictionary() => Errors.ToDictionary(e => e.Key, e => e.Value);

    public static InputException Of(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A rule of the domain broken by a field of the input; <paramref name="fields"/> maps the domain's field names to the input's.</summary>
    public static InputException From(DomainException e, params (string Domain, string Input)[] fields) =>
        Of(fields.FirstOrDefault(f => f.Domain == e.Field).Input ?? e.Field, e.Message);

    /// <summary>Puts each message on its field of the form bound under <paramref name="prefix"/> ("Input.Name").</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, messages) in Errors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError($"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
            }
        }
    }
}

/// <summary>Checks of input fields, collected so a form shows every problem at once.</summary>
public sealed class InputCheck
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public InputCheck Require(bool ok, string field, string message)
    {
        if (!ok)
        {
            (_errors.TryGetValue(field, out var list) ? list : _errors[field] = []).Add(message);
        }
        return this;
    }

    /// <summary>The enum value a code names; records a problem (and returns the default) when it names none.</summary>
    /// <summary>Refuses text longer than <paramref name="limit"/> (see <see cref="TextLimits"/>).</summary>
    public InputCheck Length(string? value, string field, int limit = TextLimits.Name) =>
        Require(value is null || value.Trim().Length <= limit, field, TextLimits.TooLong(field, value?.Trim().Length ?? 0, limit));

    public T Code<T>(string? code, string field, bool required = true) where T : struct, Enum
    {
        if (Codes.TryParse<T>(code, out var value))
        {
            return value;
        }
        if (required || !string.IsNullOrWhiteSpace(code))
        {
            Require(false, field, string.IsNullOrWhiteSpace(code) ? $"{field} is required" : $"'{code}' is not one of: {string.Join(", ", Codes.All<T>())}");
        }
        return default;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
        {
            throw new InputException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}

public sealed record RegistryOption(long Id, string Label);

/// <summary>The registry's people and organisations as options of a form's select fields.</summary>
public static class RegistryOptions
{
    public static async Task<IReadOnlyList<RegistryOption>> PeopleAsync(AmityDb db, CancellationToken cancellationToken) =>
        (await db.People.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.CountryCode }).ToListAsync(cancellationToken))
        .Select(p => new RegistryOption(p.Id, p.CountryCode is null ? p.Name : $"{p.Name} ({p.CountryCode})")).ToList();

    public static async Task<IReadOnlyList<RegistryOption>> OrganisationsAsync(AmityDb db, CancellationToken cancellationToken) =>
        (await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name, o.CountryCode }).ToListAsync(cancellationToken))
        .Select(o => new RegistryOption(o.Id, o.CountryCode is null ? o.Name : $"{o.Name} ({o.CountryCode})")).ToList();
}

/// <summary>The merge form of a person's or organisation's page: the records it may be a duplicate of.</summary>
public sealed record MergeForm(string Label, IReadOnlyList<RegistryOption> Options, string? Error);
