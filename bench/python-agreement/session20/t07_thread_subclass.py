# BUG: race: each Downloader adds its bytes to the shared total with a read, a pause and a write, without a lock
import threading
import time

total_bytes = 0


class Downloader(threading.Thread):
    def __init__(self, name, chunks):
        super().__init__(name=name)
        self.chunks = chunks
        self.downloaded = 0

    def run(self):
        global total_bytes
        for size in self.chunks:
            self.downloaded += size
            current = total_bytes
            time.sleep(0.0005)  # write chunk to disk
            total_bytes = current + size


if __name__ == "__main__":
    a = Downloader("a", [10, 20])
    b = Downloader("b", [5, 5])
    a.start()
    b.start()
    a.join()
    b.join()
    assert total_bytes == a.downloaded + b.downloaded, f"total {total_bytes}"
