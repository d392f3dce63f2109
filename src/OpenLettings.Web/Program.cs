var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.Run();

/// <summary>Entry point marker, used by WebApplicationFactory in host tests.</summary>
public partial class Program;
