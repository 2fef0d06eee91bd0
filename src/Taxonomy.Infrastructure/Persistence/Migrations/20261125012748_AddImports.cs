using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "techniques",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "tactics",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "sectors",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "response_types",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "resources",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "references",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "playbooks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "phases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "metatechniques",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "incident_techniques",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "frameworks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "detections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "counters",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "associated_techniques",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "InLatestImport",
                table: "actor_types",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "imports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Report = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imports", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imports");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "techniques");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "tactics");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "sectors");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "response_types");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "resources");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "references");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "playbooks");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "phases");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "metatechniques");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "incident_techniques");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "detections");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "counters");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "associated_techniques");

            migrationBuilder.DropColumn(
                name: "InLatestImport",
                table: "actor_types");
        }
    }
}
