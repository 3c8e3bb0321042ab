/* Linked with whole layer libraries and nothing else (see CMakeLists.txt): it builds only when
 * every object of those layers needs nothing from the layers above them. Running it checks
 * nothing more; the test is the link. */
#include <stdio.h>

int main(void)
{
    puts("layering: the layer links alone");
    return 0;
}
