import sys
expr, val = sys.argv[1], sys.argv[2]
print(f'''import queue
import threading

out = []
inbox = queue.Queue()


def worker():
    x = inbox.get()
    out.append({expr})


inbox.put({val})
t = threading.Thread(target=worker)
t.start()
t.join()
print(out)
''')
