using Taxonomy.Api.Contracts.Countermeasures;

namespace Taxonomy.Api.Contracts.Detections;

internal sealed class DetectionRequestValidator() : CountermeasureRequestValidator<DetectionRequest>(DisarmIds.Detection);
