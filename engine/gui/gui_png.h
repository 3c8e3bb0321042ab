/* PNG files of frames — screenshots (S), `--screenshot`, and the pixel goldens of the tests —
 * and comparing two frames within a tolerance. Frames are RGBA, 4 bytes a pixel, rows packed
 * (stride = width × 4). Plain C API (no SDL types); depends on libpng and atomic_write. */
#ifndef TTX_GUI_PNG_H
#define TTX_GUI_PNG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Writes the frame as an opaque RGB PNG (alpha is dropped: screens are opaque), atomically:
 * the file is either the whole image or untouched. Returns false with the reason in err. */
bool gui_png_write(const char *path, const uint8_t *rgba, int width, int height, char *err,
                   size_t err_size);

/* Reads any PNG as RGBA (malloc'd, the caller frees), or NULL with the reason in err. */
uint8_t *gui_png_read(const char *path, int *width, int *height, char *err, size_t err_size);

typedef struct GuiPixelDiff {
    long differing; /* pixels where some channel differs by more than the tolerance */
    int max_delta;  /* the largest channel difference seen */
} GuiPixelDiff;

/* Compares two frames of the same size channel by channel (alpha ignored). When diff_out is not
 * NULL it receives a malloc'd RGBA image: differing pixels red, the rest a faded copy of a. */
GuiPixelDiff gui_pixels_compare(const uint8_t *a, const uint8_t *b, int width, int height,
                                int tolerance, uint8_t **diff_out);

#endif
