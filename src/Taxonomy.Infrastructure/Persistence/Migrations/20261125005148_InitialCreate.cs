using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "actor_types",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "frameworks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    YearStarted = table.Column<int>(type: "INTEGER", nullable: true),
                    AttributionsSeen = table.Column<string>(type: "TEXT", nullable: true),
                    FoundInCountry = table.Column<string>(type: "TEXT", nullable: true),
                    Urls = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    WhenAdded = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoundVia = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "metatechniques",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metatechniques", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "phases",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_phases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "references",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOnText = table.Column<string>(type: "TEXT", nullable: true),
                    Authors = table.Column<string>(type: "TEXT", nullable: true),
                    Organisation = table.Column<string>(type: "TEXT", nullable: true),
                    ArchiveUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_references", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "resources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_resources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "response_types",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_response_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sectors",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sectors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "actor_type_frameworks",
                columns: table => new
                {
                    ActorTypeId = table.Column<string>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_type_frameworks", x => new { x.ActorTypeId, x.FrameworkId });
                    table.ForeignKey(
                        name: "FK_actor_type_frameworks_actor_types_ActorTypeId",
                        column: x => x.ActorTypeId,
                        principalTable: "actor_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_actor_type_frameworks_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_techniques",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    DisarmVersion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_techniques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_techniques_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tactics",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PhaseId = table.Column<string>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tactics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tactics_phases_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "phases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "actor_type_sectors",
                columns: table => new
                {
                    ActorTypeId = table.Column<string>(type: "TEXT", nullable: false),
                    SectorId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_actor_type_sectors", x => new { x.ActorTypeId, x.SectorId });
                    table.ForeignKey(
                        name: "FK_actor_type_sectors_actor_types_ActorTypeId",
                        column: x => x.ActorTypeId,
                        principalTable: "actor_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_actor_type_sectors_sectors_SectorId",
                        column: x => x.SectorId,
                        principalTable: "sectors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "counters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    MetatechniqueId = table.Column<string>(type: "TEXT", nullable: true),
                    TacticId = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseTypeId = table.Column<string>(type: "TEXT", nullable: true),
                    HowFound = table.Column<string>(type: "TEXT", nullable: true),
                    References = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_counters_metatechniques_MetatechniqueId",
                        column: x => x.MetatechniqueId,
                        principalTable: "metatechniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_counters_response_types_ResponseTypeId",
                        column: x => x.ResponseTypeId,
                        principalTable: "response_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_counters_tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "detections",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true),
                    MetatechniqueId = table.Column<string>(type: "TEXT", nullable: true),
                    TacticId = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseTypeId = table.Column<string>(type: "TEXT", nullable: true),
                    HowFound = table.Column<string>(type: "TEXT", nullable: true),
                    References = table.Column<string>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_detections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_detections_metatechniques_MetatechniqueId",
                        column: x => x.MetatechniqueId,
                        principalTable: "metatechniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_detections_response_types_ResponseTypeId",
                        column: x => x.ResponseTypeId,
                        principalTable: "response_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_detections_tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TacticId = table.Column<string>(type: "TEXT", nullable: true),
                    FrameworkId = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tasks_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_tasks_tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "techniques",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TacticId = table.Column<string>(type: "TEXT", nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_techniques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_techniques_tactics_TacticId",
                        column: x => x.TacticId,
                        principalTable: "tactics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_techniques_techniques_ParentId",
                        column: x => x.ParentId,
                        principalTable: "techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "counter_actor_types",
                columns: table => new
                {
                    CounterId = table.Column<string>(type: "TEXT", nullable: false),
                    ActorTypeId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counter_actor_types", x => new { x.CounterId, x.ActorTypeId });
                    table.ForeignKey(
                        name: "FK_counter_actor_types_actor_types_ActorTypeId",
                        column: x => x.ActorTypeId,
                        principalTable: "actor_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_counter_actor_types_counters_CounterId",
                        column: x => x.CounterId,
                        principalTable: "counters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "counter_incidents",
                columns: table => new
                {
                    CounterId = table.Column<string>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counter_incidents", x => new { x.CounterId, x.IncidentId });
                    table.ForeignKey(
                        name: "FK_counter_incidents_counters_CounterId",
                        column: x => x.CounterId,
                        principalTable: "counters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_counter_incidents_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "counter_resources",
                columns: table => new
                {
                    CounterId = table.Column<string>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counter_resources", x => new { x.CounterId, x.ResourceId });
                    table.ForeignKey(
                        name: "FK_counter_resources_counters_CounterId",
                        column: x => x.CounterId,
                        principalTable: "counters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_counter_resources_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "playbooks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CounterId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_playbooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_playbooks_counters_CounterId",
                        column: x => x.CounterId,
                        principalTable: "counters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "detection_actor_types",
                columns: table => new
                {
                    DetectionId = table.Column<string>(type: "TEXT", nullable: false),
                    ActorTypeId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_detection_actor_types", x => new { x.DetectionId, x.ActorTypeId });
                    table.ForeignKey(
                        name: "FK_detection_actor_types_actor_types_ActorTypeId",
                        column: x => x.ActorTypeId,
                        principalTable: "actor_types",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_detection_actor_types_detections_DetectionId",
                        column: x => x.DetectionId,
                        principalTable: "detections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "detection_incidents",
                columns: table => new
                {
                    DetectionId = table.Column<string>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_detection_incidents", x => new { x.DetectionId, x.IncidentId });
                    table.ForeignKey(
                        name: "FK_detection_incidents_detections_DetectionId",
                        column: x => x.DetectionId,
                        principalTable: "detections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_detection_incidents_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "detection_resources",
                columns: table => new
                {
                    DetectionId = table.Column<string>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_detection_resources", x => new { x.DetectionId, x.ResourceId });
                    table.ForeignKey(
                        name: "FK_detection_resources_detections_DetectionId",
                        column: x => x.DetectionId,
                        principalTable: "detections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_detection_resources_resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "associated_techniques",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TechniqueId = table.Column<string>(type: "TEXT", nullable: false),
                    AssociatedTechniqueId = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_associated_techniques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_associated_techniques_techniques_AssociatedTechniqueId",
                        column: x => x.AssociatedTechniqueId,
                        principalTable: "techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_associated_techniques_techniques_TechniqueId",
                        column: x => x.TechniqueId,
                        principalTable: "techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "counter_techniques",
                columns: table => new
                {
                    CounterId = table.Column<string>(type: "TEXT", nullable: false),
                    TechniqueId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_counter_techniques", x => new { x.CounterId, x.TechniqueId });
                    table.ForeignKey(
                        name: "FK_counter_techniques_counters_CounterId",
                        column: x => x.CounterId,
                        principalTable: "counters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_counter_techniques_techniques_TechniqueId",
                        column: x => x.TechniqueId,
                        principalTable: "techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "detection_techniques",
                columns: table => new
                {
                    DetectionId = table.Column<string>(type: "TEXT", nullable: false),
                    TechniqueId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_detection_techniques", x => new { x.DetectionId, x.TechniqueId });
                    table.ForeignKey(
                        name: "FK_detection_techniques_detections_DetectionId",
                        column: x => x.DetectionId,
                        principalTable: "detections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_detection_techniques_techniques_TechniqueId",
                        column: x => x.TechniqueId,
                        principalTable: "techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "incident_technique_techniques",
                columns: table => new
                {
                    IncidentTechniqueId = table.Column<string>(type: "TEXT", nullable: false),
                    TechniqueId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_technique_techniques", x => new { x.IncidentTechniqueId, x.TechniqueId });
                    table.ForeignKey(
                        name: "FK_incident_technique_techniques_incident_techniques_IncidentTechniqueId",
                        column: x => x.IncidentTechniqueId,
                        principalTable: "incident_techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_incident_technique_techniques_techniques_TechniqueId",
                        column: x => x.TechniqueId,
                        principalTable: "techniques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_actor_type_frameworks_FrameworkId",
                table: "actor_type_frameworks",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_actor_type_sectors_SectorId",
                table: "actor_type_sectors",
                column: "SectorId");

            migrationBuilder.CreateIndex(
                name: "IX_associated_techniques_AssociatedTechniqueId",
                table: "associated_techniques",
                column: "AssociatedTechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_associated_techniques_TechniqueId",
                table: "associated_techniques",
                column: "TechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_counter_actor_types_ActorTypeId",
                table: "counter_actor_types",
                column: "ActorTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_counter_incidents_IncidentId",
                table: "counter_incidents",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_counter_resources_ResourceId",
                table: "counter_resources",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_counter_techniques_TechniqueId",
                table: "counter_techniques",
                column: "TechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_counters_MetatechniqueId",
                table: "counters",
                column: "MetatechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_counters_ResponseTypeId",
                table: "counters",
                column: "ResponseTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_counters_TacticId",
                table: "counters",
                column: "TacticId");

            migrationBuilder.CreateIndex(
                name: "IX_detection_actor_types_ActorTypeId",
                table: "detection_actor_types",
                column: "ActorTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_detection_incidents_IncidentId",
                table: "detection_incidents",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_detection_resources_ResourceId",
                table: "detection_resources",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_detection_techniques_TechniqueId",
                table: "detection_techniques",
                column: "TechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_detections_MetatechniqueId",
                table: "detections",
                column: "MetatechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_detections_ResponseTypeId",
                table: "detections",
                column: "ResponseTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_detections_TacticId",
                table: "detections",
                column: "TacticId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_technique_techniques_TechniqueId",
                table: "incident_technique_techniques",
                column: "TechniqueId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_techniques_DisarmVersion",
                table: "incident_techniques",
                column: "DisarmVersion");

            migrationBuilder.CreateIndex(
                name: "IX_incident_techniques_IncidentId",
                table: "incident_techniques",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_phases_Rank",
                table: "phases",
                column: "Rank");

            migrationBuilder.CreateIndex(
                name: "IX_playbooks_CounterId",
                table: "playbooks",
                column: "CounterId");

            migrationBuilder.CreateIndex(
                name: "IX_references_Url",
                table: "references",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tactics_PhaseId",
                table: "tactics",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_tactics_Rank",
                table: "tactics",
                column: "Rank");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_FrameworkId",
                table: "tasks",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_TacticId",
                table: "tasks",
                column: "TacticId");

            migrationBuilder.CreateIndex(
                name: "IX_techniques_ParentId",
                table: "techniques",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_techniques_TacticId",
                table: "techniques",
                column: "TacticId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "actor_type_frameworks");

            migrationBuilder.DropTable(
                name: "actor_type_sectors");

            migrationBuilder.DropTable(
                name: "associated_techniques");

            migrationBuilder.DropTable(
                name: "counter_actor_types");

            migrationBuilder.DropTable(
                name: "counter_incidents");

            migrationBuilder.DropTable(
                name: "counter_resources");

            migrationBuilder.DropTable(
                name: "counter_techniques");

            migrationBuilder.DropTable(
                name: "detection_actor_types");

            migrationBuilder.DropTable(
                name: "detection_incidents");

            migrationBuilder.DropTable(
                name: "detection_resources");

            migrationBuilder.DropTable(
                name: "detection_techniques");

            migrationBuilder.DropTable(
                name: "incident_technique_techniques");

            migrationBuilder.DropTable(
                name: "playbooks");

            migrationBuilder.DropTable(
                name: "references");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "sectors");

            migrationBuilder.DropTable(
                name: "actor_types");

            migrationBuilder.DropTable(
                name: "resources");

            migrationBuilder.DropTable(
                name: "detections");

            migrationBuilder.DropTable(
                name: "incident_techniques");

            migrationBuilder.DropTable(
                name: "techniques");

            migrationBuilder.DropTable(
                name: "counters");

            migrationBuilder.DropTable(
                name: "frameworks");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "metatechniques");

            migrationBuilder.DropTable(
                name: "response_types");

            migrationBuilder.DropTable(
                name: "tactics");

            migrationBuilder.DropTable(
                name: "phases");
        }
    }
}
