# Integer operations with negatives: floor division, modulo, divmod, shifts, abs, pow with modulus.
import threading

r = {}


def work(a, b):
    r["fd"] = a // b
    r["md"] = a % b
    q, m = divmod(a, b)
    r["dq"] = q
    r["dm"] = m
    r["sh"] = a >> 1
    r["ab"] = abs(a)
    r["pw"] = pow(3, 5, 7)
    r["neg_mod"] = -a % 5
    r["bitand"] = a & 0xF
    r["xor"] = a ^ b


t = threading.Thread(target=work, args=(-7, 2))
t.start()
t.join()
print(r)
