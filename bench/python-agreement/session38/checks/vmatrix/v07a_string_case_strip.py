# ordered
# value matrix: string_case_strip: s.strip()
import threading

log = []


def work(s):
    log.append(s.strip())


t = threading.Thread(target=work, args=('  Hello World  ',))
t.start()
t.join()
print(log)
