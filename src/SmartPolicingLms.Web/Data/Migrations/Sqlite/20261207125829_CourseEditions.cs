using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CourseEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 35,
                nullable: false,
                defaultValue: "");

            // Cohorts made before editions read the version's own language, the reference.
            migrationBuilder.Sql("UPDATE \"Cohorts\" SET \"Language\" = (SELECT \"Language\" FROM \"CourseVersions\" WHERE \"CourseVersions\".\"Id\" = \"Cohorts\".\"CourseVersionId\")");

            migrationBuilder.CreateTable(
                name: "CourseVersionEditions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    AwaitingReview = table.Column<bool>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    OverviewHtml = table.Column<string>(type: "TEXT", nullable: false),
                    CertificateTitle = table.Column<string>(type: "TEXT", nullable: true),
                    CertificateStatement = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseVersionEditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseVersionEditions_CourseVersions_CourseVersionId",
                        column: x => x.CourseVersionId,
                        principalTable: "CourseVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditionModules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseVersionEditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseModuleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    InstructorHtml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionModules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionModules_CourseModules_CourseModuleId",
                        column: x => x.CourseModuleId,
                        principalTable: "CourseModules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionModules_CourseVersionEditions_CourseVersionEditionId",
                        column: x => x.CourseVersionEditionId,
                        principalTable: "CourseVersionEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditionObjectives",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseVersionEditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleObjectiveId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionObjectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionObjectives_CourseVersionEditions_CourseVersionEditionId",
                        column: x => x.CourseVersionEditionId,
                        principalTable: "CourseVersionEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionObjectives_ModuleObjective_ModuleObjectiveId",
                        column: x => x.ModuleObjectiveId,
                        principalTable: "ModuleObjective",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditionQuestionOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseVersionEditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseQuestionOptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    FeedbackHtml = table.Column<string>(type: "TEXT", nullable: true),
                    Match = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionQuestionOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionQuestionOptions_CourseQuestionOption_CourseQuestionOptionId",
                        column: x => x.CourseQuestionOptionId,
                        principalTable: "CourseQuestionOption",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionQuestionOptions_CourseVersionEditions_CourseVersionEditionId",
                        column: x => x.CourseVersionEditionId,
                        principalTable: "CourseVersionEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EditionQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CourseVersionEditionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseQuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PromptHtml = table.Column<string>(type: "TEXT", nullable: false),
                    FeedbackHtml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionQuestions_CourseQuestions_CourseQuestionId",
                        column: x => x.CourseQuestionId,
                        principalTable: "CourseQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionQuestions_CourseVersionEditions_CourseVersionEditionId",
                        column: x => x.CourseVersionEditionId,
                        principalTable: "CourseVersionEditions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CourseVersionEditions_CourseVersionId_Language",
                table: "CourseVersionEditions",
                columns: new[] { "CourseVersionId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionModules_CourseModuleId",
                table: "EditionModules",
                column: "CourseModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_EditionModules_CourseVersionEditionId_CourseModuleId",
                table: "EditionModules",
                columns: new[] { "CourseVersionEditionId", "CourseModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionObjectives_CourseVersionEditionId_ModuleObjectiveId",
                table: "EditionObjectives",
                columns: new[] { "CourseVersionEditionId", "ModuleObjectiveId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionObjectives_ModuleObjectiveId",
                table: "EditionObjectives",
                column: "ModuleObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_EditionQuestionOptions_CourseQuestionOptionId",
                table: "EditionQuestionOptions",
                column: "CourseQuestionOptionId");

            migrationBuilder.CreateIndex(
                name: "IX_EditionQuestionOptions_CourseVersionEditionId_CourseQuestionOptionId",
                table: "EditionQuestionOptions",
                columns: new[] { "CourseVersionEditionId", "CourseQuestionOptionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionQuestions_CourseQuestionId",
                table: "EditionQuestions",
                column: "CourseQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_EditionQuestions_CourseVersionEditionId_CourseQuestionId",
                table: "EditionQuestions",
                columns: new[] { "CourseVersionEditionId", "CourseQuestionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EditionModules");

            migrationBuilder.DropTable(
                name: "EditionObjectives");

            migrationBuilder.DropTable(
                name: "EditionQuestionOptions");

            migrationBuilder.DropTable(
                name: "EditionQuestions");

            migrationBuilder.DropTable(
                name: "CourseVersionEditions");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "Cohorts");
        }
    }
}
