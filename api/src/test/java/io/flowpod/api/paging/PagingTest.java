package io.flowpod.api.paging;

import static io.flowpod.api.conventions.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.flowpod.api.conventions.ConventionsWebTest;
import io.flowpod.api.conventions.SampleController;
import io.flowpod.api.problem.ApiProblem;
import io.flowpod.domain.identity.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@ConventionsWebTest
@Import(SampleController.class)
class PagingTest {

  @Autowired MockMvc mvc;

  @Test
  void defaultsApplyWhenNothingIsAsked() throws Exception {
    mvc.perform(get("/api/v1/samples/list").with(as(UUID.randomUUID(), Role.STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(20))
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].sort").value("[SortOrder[field=createdAt, direction=DESC]]"));
  }

  @Test
  void pageSizeAndSortAreTakenFromTheQuery() throws Exception {
    mvc.perform(get("/api/v1/samples/list?page=3&size=100&sort=name,desc&sort=createdAt")
            .with(as(UUID.randomUUID(), Role.STAFF)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(3))
        .andExpect(jsonPath("$.size").value(100))
        .andExpect(jsonPath("$.items[0].sort").value(
            "[SortOrder[field=name, direction=DESC], SortOrder[field=createdAt, direction=ASC]]"));
  }

  @Test
  void invalidValuesAre400WithOneErrorEach() throws Exception {
    mvc.perform(get("/api/v1/samples/list?page=-1&size=101&sort=password,asc")
            .with(as(UUID.randomUUID(), Role.STAFF)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://flowpod.io/problems/validation"))
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[1].field").value("size"))
        .andExpect(jsonPath("$.errors[1].message").value("must be a whole number from 1 to 100"))
        .andExpect(jsonPath("$.errors[2].field").value("sort"))
        .andExpect(jsonPath("$.errors[2].message").value("can only sort by createdAt, name"));
  }

  @Test
  void directionMustBeAscOrDesc() {
    assertThatThrownBy(() -> PageRequestResolver.parse(null, null, new String[] {"name,up"},
        sortable()))
        .isInstanceOfSatisfying(ApiProblem.class, problem ->
            assertThat(problem.getBody().getProperties()).extractingByKey("errors")
                .asString().contains("direction must be asc or desc"));
  }

  @Test
  void offsetAndSpringDataPageableFollowThePage() {
    PageRequest page = PageRequestResolver.parse("2", "25", new String[] {"name,desc"}, sortable());
    assertThat(page.offset()).isEqualTo(50);
    assertThat(page.toPageable().getSort().getOrderFor("name").isDescending()).isTrue();
    assertThat(Page.of(List.of("a"), page, 51).map(String::toUpperCase))
        .isEqualTo(new Page<>(List.of("A"), 2, 25, 51));
  }

  private static Sortable sortable() {
    try {
      return SampleController.class.getDeclaredMethod("list", PageRequest.class)
          .getParameters()[0].getAnnotation(Sortable.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
