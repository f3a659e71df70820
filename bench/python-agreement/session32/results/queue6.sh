#!/bin/bash
# Sixth batch: the repros, then every check not yet run through agree_checks.sh.
cd "$(dirname "$0")/../../../.."
D=bench/python-agreement/session32
bash $D/checks/agree_checks.sh $D/repro/r*.py > $D/results/repro.txt 2>&1
echo "=== END" >> $D/results/repro.txt
rest=$(ls $D/checks/k0*.py $D/checks/k2[1-4]*.py $D/checks/k2[7-9]*.py $D/checks/k3[0-79]*.py $D/checks/k4[1-3]*.py $D/checks/k6[6-9]*.py $D/checks/k7*.py $D/checks/k8*.py $D/checks/k9*.py $D/checks/k1[0-2][0-9]*.py $D/checks/v*.py)
bash $D/checks/agree_checks.sh $rest >> $D/results/checks.txt 2>&1
echo "=== END queue6" >> $D/results/checks.txt
