using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Access;

namespace OpenLettings.Web.Features.Demo;

/// <summary>What the demo seed wrote, and how to sign in.</summary>
/// <param name="SignIns">The demo sign-ins (people with a password; the partner system with its API key).</param>
/// <param name="Applications">Applications written.</param>
/// <param name="Adverts">Adverts open for bids in the current cycle.</param>
/// <param name="Bids">Bids placed in the current cycle.</param>
/// <param name="Seeded">False when the register already held data and nothing was written.</param>
public sealed record DemoReport(IReadOnlyList<DemoSignIn> SignIns, int Applications, int Adverts, int Bids, bool Seeded = true)
{
    /// <summary>The report when the register was not empty.</summary>
    public static DemoReport NotSeeded { get; } = new([], 0, 0, 0, Seeded: false);
}

/// <summary>One demo sign-in: an email and password for people, or an API key for a partner system.</summary>
public sealed record DemoSignIn(string Role, string Organisation, string Email, string? Password, string? ApiKey);

/// <summary>
/// Seeds a demo Devon Home Choice partnership into an empty register (configuration <c>Demo:Seed</c>): councils,
/// housing associations, sign-ins, a few hundred assessed applications in every band, homes, an open letting cycle
/// with adverts and bids, and the next cycle scheduled. Everything is written in one transaction and audited as one
/// <c>demo.seeded</c> entry; a register that already holds an organisation is left alone.
/// </summary>
public sealed class DemoSeeder(RegisterWork work, UserManager<RegisterUser> users, ApiKeys apiKeys)
{
    /// <summary>The password of every demo person. Demo data only: never seed a register that real people use.</summary>
    public const string DemoPassword = "Devon-demo-2026";

    public async Task<DemoReport> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await work.Db.Organisations.AnyAsync(cancellationToken))
        {
            return DemoReport.NotSeeded;
        }
        try
        {
            return await work.RunAsync(async ct =>
            {
                if (await work.Db.Organisations.AnyAsync(ct))
                {
                    return DemoReport.NotSeeded;
                }
                return await new DemoWriter(work, users, apiKeys).WriteAsync(ct);
            }, cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            return DemoReport.NotSeeded; // another node seeded it at the same moment
        }
    }

    /// <summary>Prints where the API is documented, each demo sign-in, the partner API key and a curl example.</summary>
    public static void Print(DemoReport report, ICollection<string> urls, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(logger);
        logger.LogInformation("{Demo}", Describe(report, BaseUrl(urls)));
    }

    /// <summary>The text <see cref="Print"/> writes.</summary>
    public static string Describe(DemoReport report, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"OpenLettings is running at {baseUrl}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  API reference: {baseUrl}/scalar");
        text.AppendLine(CultureInfo.InvariantCulture, $"  OpenAPI:       {baseUrl}/openapi/v1.json");
        if (!report.Seeded)
        {
            text.AppendLine("  The register already holds data, so the demo partnership was not seeded again.");
            text.AppendLine(CultureInfo.InvariantCulture, $"  If it was seeded earlier, the demo people sign in with the password {DemoPassword}.");
            return text.ToString();
        }
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Demo partnership Devon Home Choice: {report.Applications} applications, {report.Adverts} adverts open for bids, {report.Bids} bids.");
        text.AppendLine("  Cycles open 00:00 Wednesday (001 §52); the demo keeps bidding open to 23:59 Tuesday so a cycle is always open.");
        text.AppendLine("Demo sign-ins (POST /api/v1/auth/login):");
        foreach (var signIn in report.SignIns.Where(s => s.Password is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {signIn.Role,-24} {signIn.Organisation,-20} {signIn.Email,-40} {signIn.Password}");
        }
        foreach (var signIn in report.SignIns.Where(s => s.ApiKey is not null))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Partner system API key ({signIn.Organisation}), shown once: {signIn.ApiKey}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s {baseUrl}/api/v1/events -H 'Authorization: Bearer {signIn.ApiKey}'");
        }
        var example = report.SignIns.FirstOrDefault(s => s.Password is not null && s.Role == nameof(MembershipRole.LocalAuthorityOfficer))
            ?? report.SignIns.FirstOrDefault(s => s.Password is not null);
        if (example is not null)
        {
            text.AppendLine("Try it:");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  TOKEN=$(curl -s -X POST {baseUrl}/api/v1/auth/login -H 'Content-Type: application/json' -d '{{\"email\":\"{example.Email}\",\"password\":\"{example.Password}\"}}' | sed -E 's/.*\"accessToken\":\"([^\"]+)\".*/\\1/')");
            text.AppendLine(CultureInfo.InvariantCulture, $"  curl -s {baseUrl}/api/v1/me -H \"Authorization: Bearer $TOKEN\"");
        }
        return text.ToString();
    }

    private static string BaseUrl(ICollection<string> urls)
    {
        var url = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? urls.FirstOrDefault() ?? "http://localhost:5000";
        foreach (var wildcard in new[] { "0.0.0.0", "[::]", "+", "*" })
        {
            url = url.Replace("//" + wildcard, "//localhost", StringComparison.Ordinal);
        }
        return url.TrimEnd('/');
    }
}

/// <summary>Registers the demo seeder.</summary>
public static class DemoFeature
{
    public static IServiceCollection AddDemoFeature(this IServiceCollection services) => services.AddScoped<DemoSeeder>();
}
