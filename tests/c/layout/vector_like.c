// Layout: common real-world shapes: vectors, headers.
// expect-exit: 0
struct vec3f { float x, y, z; };
struct mat4 { float m[4][4]; };
struct packet_header { unsigned char version; unsigned char flags; unsigned short length; unsigned int seq; unsigned long long timestamp; };
int main(void) { return 0; }
