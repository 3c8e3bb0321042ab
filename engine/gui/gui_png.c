/* PNG reading and writing through libpng's simplified API, and frame comparison (see
 * gui_png.h). The encoded image is built in memory and written with atomic_write, so a
 * screenshot taken while the disk fills never leaves half a PNG. Must not depend on SDL. */
#include "gui_png.h"

#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "atomic_write.h"
#include "base.h"

bool gui_png_write(const char *path, const uint8_t *rgba, int width, int height, char *err,
                   size_t err_size)
{
    if (width <= 0 || height <= 0) {
        snprintf(err, err_size, "cannot write '%s': the image is empty", path);
        return false;
    }
    size_t n = (size_t)width * (size_t)height;
    uint8_t *rgb = ttx_malloc(n * 3);
    for (size_t i = 0; i < n; i++) {
        memcpy(rgb + 3 * i, rgba + 4 * i, 3);
    }
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = (png_uint_32)width;
    img.height = (png_uint_32)height;
    img.format = PNG_FORMAT_RGB;
    png_alloc_size_t size = 0;
    bool ok = false;
    void *mem = NULL;
    if (png_image_write_to_memory(&img, NULL, &size, 0, rgb, 0, NULL) && size > 0) {
        mem = ttx_malloc(size);
        ok = png_image_write_to_memory(&img, mem, &size, 0, rgb, 0, NULL) != 0;
    }
    if (!ok) {
        snprintf(err, err_size, "cannot encode '%s' as PNG: %s", path, img.message);
    } else {
        ok = atomic_write(path, mem, size, err, err_size);
    }
    png_image_free(&img);
    free(mem);
    free(rgb);
    return ok;
}

uint8_t *gui_png_read(const char *path, int *width, int *height, char *err, size_t err_size)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&img, path)) {
        snprintf(err, err_size, "cannot read the PNG '%s': %s", path, img.message);
        png_image_free(&img);
        return NULL;
    }
    img.format = PNG_FORMAT_RGBA;
    uint8_t *px = ttx_malloc(PNG_IMAGE_SIZE(img));
    if (!png_image_finish_read(&img, NULL, px, 0, NULL)) {
        snprintf(err, err_size, "cannot read the PNG '%s': %s", path, img.message);
        png_image_free(&img);
        free(px);
        return NULL;
    }
    *width = (int)img.width;
    *height = (int)img.height;
    return px;
}

GuiPixelDiff gui_pixels_compare(const uint8_t *a, const uint8_t *b, int width, int height,
                                int tolerance, uint8_t **diff_out)
{
    GuiPixelDiff d = {0, 0};
    size_t n = (size_t)width * (size_t)height;
    uint8_t *diff = diff_out ? ttx_malloc(n * 4) : NULL;
    for (size_t i = 0; i < n; i++) {
        int worst = 0;
        for (int ch = 0; ch < 3; ch++) {
            int delta = abs((int)a[4 * i + ch] - (int)b[4 * i + ch]);
            worst = delta > worst ? delta : worst;
        }
        d.max_delta = worst > d.max_delta ? worst : d.max_delta;
        bool differs = worst > tolerance;
        d.differing += differs;
        if (diff) {
            uint8_t *p = diff + 4 * i;
            for (int ch = 0; ch < 3; ch++) {
                p[ch] = (uint8_t)(192 + a[4 * i + ch] / 4); /* faded, so red stands out */
            }
            if (differs) {
                p[0] = 255;
                p[1] = p[2] = 0;
            }
            p[3] = 255;
        }
    }
    if (diff_out) {
        *diff_out = diff;
    }
    return d;
}
