# ordered
# value matrix: string_case_strip: s.lower()
import threading

log = []


def work(s):
    log.append(s.lower())


t = threading.Thread(target=work, args=('  Hello World  ',))
t.start()
t.join()
print(log)
