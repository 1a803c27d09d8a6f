package org.anju.casework;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 7 gaps: photos through the REST intake. The JSON intake stays; POST /api/v1/complaints/{id}/photos takes
 * multipart photos from the reporter (the report's) or the handling body (the result's) with the checks of
 * {@link PhotoCheck}, and GET of a photo answers within the caller's scope only (the access matrix rows name this
 * class). The reporter stays hidden from the party complained about.
 */
class ComplaintPhotoApiTests extends CaseworkPlace {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    ResultActions upload(String who, long id, MockMultipartFile... files) throws Exception {
        var request = multipart("/api/v1/complaints/" + id + "/photos");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.with(fixtures.as(who)).with(csrf()));
    }

    static MockMultipartFile photo(String name, byte[] data) {
        return new MockMultipartFile("photos", name, "image/jpeg", data);
    }

    long photos(long id) {
        return jdbc.sql("select count(*) from cas_photo where case_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void theReporterAndTheHandlingBodyAddPhotosThatOnlyTheCasesReadersFetch() throws Exception {
        long id = filed(owner, estateA, "SERVICE_QUALITY");
        upload(owner, id, photo("a.jpg", ComplaintPageTests.JPEG), photo("b.png", PNG)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].stage").value("INTAKE"))
                .andExpect(jsonPath("$[1].contentType").value("image/png"));
        long first = jdbc.sql("select min(id) from cas_photo where case_id = ?").param(id).query(Long.class).single();
        // the company handling it reads the photo and adds its own to the result
        mvc.perform(get("/api/v1/complaints/" + id + "/photos/" + first).with(fixtures.as(company)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(content().bytes(ComplaintPageTests.JPEG));
        upload(company, id, photo("fix.png", PNG)).andExpect(status().isCreated())
                .andExpect(jsonPath("$[2].stage").value("RESULT"));
        // outside the scope: 404 (another company, another township); a party not reporting nor handling: 403
        mvc.perform(get("/api/v1/complaints/" + id + "/photos/" + first).with(fixtures.as(otherCompany)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/" + id + "/photos/" + first).with(fixtures.as(clerkB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/" + id + "/photos/" + first).with(fixtures.as(ownerB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/complaints/" + id + "/photos/" + first).with(fixtures.as(clerkA)))
                .andExpect(status().isOk());
        upload(ownerB, id, photo("x.jpg", ComplaintPageTests.JPEG)).andExpect(status().isNotFound());
        upload(committeeA, id, photo("x.jpg", ComplaintPageTests.JPEG)).andExpect(status().isForbidden());
        upload(clerkA, id, photo("x.jpg", ComplaintPageTests.JPEG)).andExpect(status().isForbidden());
        assertThat(photos(id)).isEqualTo(3);
        // the timeline shows the company that a photo came, not the owner's account
        String ownerAccount = owner;
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(company))).andExpect(status().isOk())
                .andExpect(jsonPath("$.timeline[*].action").value(hasItem("PHOTO")))
                .andExpect(jsonPath("$.timeline[*].actor").value(not(hasItem(ownerAccount))))
                .andExpect(jsonPath("$.photos.length()").value(3));
        mvc.perform(get("/api/v1/complaints/" + id).with(fixtures.as(clerkA)))
                .andExpect(jsonPath("$.timeline[*].actor").value(hasItem(ownerAccount)));
    }

    @Test
    void aBadFileTooManyPhotosOrAClosedCaseAreRefusedAndNothingIsStored() throws Exception {
        long id = filed(owner, estateA, "SERVICE_QUALITY");
        // type by the first bytes, not by the name or the declared type
        upload(owner, id, photo("a.jpg", ComplaintPageTests.JPEG), photo("evil.jpg", "<svg onload=x>".getBytes()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photos[1]"));
        byte[] big = new byte[PhotoCheck.MAX_BYTES + 1];
        System.arraycopy(ComplaintPageTests.JPEG, 0, big, 0, ComplaintPageTests.JPEG.length);
        upload(owner, id, photo("big.jpg", big)).andExpect(status().isBadRequest());
        upload(owner, id).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photos"));
        assertThat(photos(id)).isZero();
        // at most six of the report's photos, counting those already there
        MockMultipartFile[] four = new MockMultipartFile[4];
        for (int i = 0; i < 4; i++) {
            four[i] = photo(i + ".jpg", ComplaintPageTests.JPEG);
        }
        upload(owner, id, four).andExpect(status().isCreated());
        upload(owner, id, four[0], four[1], four[2]).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("photos"));
        assertThat(photos(id)).isEqualTo(4);
        // once resolved, no more photos through this path
        act(company, id, "{\"action\": \"ACCEPT\"}").andExpect(status().isOk());
        act(company, id, "{\"action\": \"RESOLVE\", \"note\": \"已处理完毕\"}").andExpect(status().isOk());
        upload(owner, id, four[0]).andExpect(status().isUnprocessableContent());
        assertThat(photos(id)).isEqualTo(4);
    }
}
