using Taxonomy.Api.Disarm.Countermeasures;

namespace Taxonomy.Api.Disarm.Detections;

internal sealed class DetectionRequestValidator() : CountermeasureRequestValidator<DetectionRequest>(DisarmIds.Detection);
