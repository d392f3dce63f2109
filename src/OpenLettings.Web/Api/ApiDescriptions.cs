namespace OpenLettings.Web.Api;

/// <summary>Shorthands for describing endpoints in the OpenAPI document.</summary>
public static class ApiDescriptions
{
    /// <summary>The endpoint answers these statuses with problem details (see <see cref="ApiProblems"/>).</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }
        return builder;
    }
}
