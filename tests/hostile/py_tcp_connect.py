# expect: WA
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        import socket
        try:
            s = socket.create_connection(('127.0.0.1', @PORT@), timeout=2)
            s.sendall(b'leak')
            print('connected')
        except OSError as e:
            print('tcp', e)
        return -1
