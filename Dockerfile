# Build: restore first, from the project files alone, so that the restore layer is reused
# until a package or project reference changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Taxonomy.sln ./
COPY src/Taxonomy.Domain/Taxonomy.Domain.csproj src/Taxonomy.Domain/
COPY src/Taxonomy.Infrastructure/Taxonomy.Infrastructure.csproj src/Taxonomy.Infrastructure/
COPY src/Taxonomy.Api/Taxonomy.Api.csproj src/Taxonomy.Api/
RUN dotnet restore src/Taxonomy.Api/Taxonomy.Api.csproj
COPY src/ src/
RUN dotnet publish src/Taxonomy.Api/Taxonomy.Api.csproj -c Release -o /app --no-restore

# Run: the ASP.NET Core runtime only, as the image's non-root "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# The SQLite database lives on /data. A new named volume takes this folder's owner, so the
# app user can write to it.
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data
COPY --from=build /app ./
ENV ConnectionStrings__Taxonomy="Data Source=/data/taxonomy.db" \
    ASPNETCORE_HTTP_PORTS=8080
USER $APP_UID
EXPOSE 8080
VOLUME /data
ENTRYPOINT ["dotnet", "Taxonomy.Api.dll"]
