package org.anju.rating.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.anju.platform.PageRequest;
import org.anju.platform.PageResult;
import org.anju.rating.PublicRatings;
import org.anju.rating.RatingView.PublicRating;
import org.anju.rating.RatingView.PublicRecord;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published stars for everyone, without login and without personal data. */
@RestController
@RequestMapping("/api/v1/public/ratings")
@Tag(name = "public", description = "公开信息")
class PublicRatingApi {

    private final PublicRatings ratings;

    PublicRatingApi(PublicRatings ratings) {
        this.ratings = ratings;
    }

    @GetMapping
    @Operation(summary = "公开: 各物业项目现行星级、有效期和分项得分 (无需登录)")
    PageResult<PublicRating> list(@RequestParam(required = false) Integer star,
                                  @RequestParam(required = false) String text,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        return ratings.list(star, text, PageRequest.of(page, size));
    }

    @GetMapping("/{projectId}")
    @Operation(summary = "公开: 一个物业项目的星级记录 (星级牌二维码打开的页面的数据)")
    PublicRecord record(@PathVariable long projectId) {
        return ratings.record(projectId);
    }
}
