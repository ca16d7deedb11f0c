using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Attendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Delivered",
                table: "SessionSlots",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeliveryRecordedAt",
                table: "SessionSlots",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeliveryRecordedByUserId",
                table: "SessionSlots",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TransferredFromEnrollmentId",
                table: "Enrollments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsMakeUp",
                table: "CohortSessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AttendanceChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    EnrollmentId = table.Column<int>(type: "integer", nullable: false),
                    Before = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    After = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RollCallVersion = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "text", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttendanceChanges_AspNetUsers_ChangedByUserId",
                        column: x => x.ChangedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AttendanceChanges_CohortSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CohortSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AttendanceChanges_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    EnrollmentId = table.Column<int>(type: "integer", nullable: false),
                    Mark = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MarkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MarkedByUserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_AspNetUsers_MarkedByUserId",
                        column: x => x.MarkedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_CohortSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CohortSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AttendanceRecords_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompletionRecords",
                columns: table => new
                {
                    EnrollmentId = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<bool>(type: "boolean", nullable: false),
                    AttendedHours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    RequiredHours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    PostTestPercent = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    Missing = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompletionRecords", x => x.EnrollmentId);
                    table.ForeignKey(
                        name: "FK_CompletionRecords_AspNetUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompletionRecords_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MakeUpSeats",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    EnrollmentId = table.Column<int>(type: "integer", nullable: false),
                    MovedByUserId = table.Column<string>(type: "text", nullable: false),
                    MovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MakeUpSeats", x => new { x.SessionId, x.EnrollmentId });
                    table.ForeignKey(
                        name: "FK_MakeUpSeats_AspNetUsers_MovedByUserId",
                        column: x => x.MovedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MakeUpSeats_CohortSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CohortSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MakeUpSeats_Enrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "Enrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RollCalls",
                columns: table => new
                {
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    TakenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TakenByUserId = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RollCalls", x => x.SessionId);
                    table.ForeignKey(
                        name: "FK_RollCalls_AspNetUsers_TakenByUserId",
                        column: x => x.TakenByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RollCalls_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RollCalls_CohortSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "CohortSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SessionSlots_DeliveryRecordedByUserId",
                table: "SessionSlots",
                column: "DeliveryRecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrollments_TransferredFromEnrollmentId",
                table: "Enrollments",
                column: "TransferredFromEnrollmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceChanges_ChangedByUserId",
                table: "AttendanceChanges",
                column: "ChangedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceChanges_EnrollmentId",
                table: "AttendanceChanges",
                column: "EnrollmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceChanges_SessionId_RollCallVersion",
                table: "AttendanceChanges",
                columns: new[] { "SessionId", "RollCallVersion" });

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_EnrollmentId",
                table: "AttendanceRecords",
                column: "EnrollmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_MarkedByUserId",
                table: "AttendanceRecords",
                column: "MarkedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AttendanceRecords_SessionId_EnrollmentId",
                table: "AttendanceRecords",
                columns: new[] { "SessionId", "EnrollmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecords_DecidedByUserId",
                table: "CompletionRecords",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MakeUpSeats_EnrollmentId",
                table: "MakeUpSeats",
                column: "EnrollmentId");

            migrationBuilder.CreateIndex(
                name: "IX_MakeUpSeats_MovedByUserId",
                table: "MakeUpSeats",
                column: "MovedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RollCalls_TakenByUserId",
                table: "RollCalls",
                column: "TakenByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RollCalls_UpdatedByUserId",
                table: "RollCalls",
                column: "UpdatedByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Enrollments_Enrollments_TransferredFromEnrollmentId",
                table: "Enrollments",
                column: "TransferredFromEnrollmentId",
                principalTable: "Enrollments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_SessionSlots_AspNetUsers_DeliveryRecordedByUserId",
                table: "SessionSlots",
                column: "DeliveryRecordedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Enrollments_Enrollments_TransferredFromEnrollmentId",
                table: "Enrollments");

            migrationBuilder.DropForeignKey(
                name: "FK_SessionSlots_AspNetUsers_DeliveryRecordedByUserId",
                table: "SessionSlots");

            migrationBuilder.DropTable(
                name: "AttendanceChanges");

            migrationBuilder.DropTable(
                name: "AttendanceRecords");

            migrationBuilder.DropTable(
                name: "CompletionRecords");

            migrationBuilder.DropTable(
                name: "MakeUpSeats");

            migrationBuilder.DropTable(
                name: "RollCalls");

            migrationBuilder.DropIndex(
                name: "IX_SessionSlots_DeliveryRecordedByUserId",
                table: "SessionSlots");

            migrationBuilder.DropIndex(
                name: "IX_Enrollments_TransferredFromEnrollmentId",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "Delivered",
                table: "SessionSlots");

            migrationBuilder.DropColumn(
                name: "DeliveryRecordedAt",
                table: "SessionSlots");

            migrationBuilder.DropColumn(
                name: "DeliveryRecordedByUserId",
                table: "SessionSlots");

            migrationBuilder.DropColumn(
                name: "TransferredFromEnrollmentId",
                table: "Enrollments");

            migrationBuilder.DropColumn(
                name: "IsMakeUp",
                table: "CohortSessions");
        }
    }
}
