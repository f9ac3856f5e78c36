package io.flowpod.domain.diagnostics;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface FlowCheckRepository extends ListCrudRepository<FlowCheck, UUID> {

  List<FlowCheck> findByStatus(FlowCheckStatus status);
}
