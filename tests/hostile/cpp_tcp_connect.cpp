// expect: WA
#include <unistd.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/ptrace.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        int s = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(@PORT@);
        a.sin_addr.s_addr = htonl(0x7f000001);
        int r = connect(s, (sockaddr*) &a, sizeof a);
        if (r == 0) write(s, "leak", 4);
        cout << "connect: " << r << " " << strerror(errno) << endl;
        return -1;
    }
};
