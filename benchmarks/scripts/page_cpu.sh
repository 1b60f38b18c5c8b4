#!/usr/bin/env bash
# Server CPU and wall time per request for the main pages and API reads, requests sent one after another.
#   benchmarks/scripts/page_cpu.sh SERVER_PID PORT [REQUESTS_PER_PAGE]
# Reads the server process's CPU time from /proc/PID/stat before and after each batch (Linux only); signs in as
# the demo manager. Warm the server up first (run it twice and keep the second).
pid=$1; B=http://localhost:$2; n=${3:-20}; jar=$(mktemp)
csrf=$(curl -s -c $jar -b $jar $B/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c $jar -b $jar -o /dev/null -d "username=manager&password=demo&_csrf=$csrf" $B/login
ticks() { awk '{print $14+$15}' /proc/$pid/stat; }
hz=$(getconf CLK_TCK)
for p in /w/demo /w/demo/organisations "/w/demo/organisations?q=agro" /w/demo/initiatives/1 /w/demo/mapping/datasets/1 /w/demo/mapping/datasets/4 API/api/v1/workspaces/demo/organisations API/api/v1/workspaces/demo/initiatives; do
  for k in 1 2 3; do if [[ $p == API* ]]; then curl -s -o /dev/null -H "Authorization: Bearer cw_demo_analyst_token" "$B${p#API}"; else curl -s -b $jar -o /dev/null "$B$p"; fi; done
  t0=$(ticks); s0=$(date +%s%N)
  for k in $(seq 1 $n); do if [[ $p == API* ]]; then curl -s -o /dev/null -H "Authorization: Bearer cw_demo_analyst_token" "$B${p#API}"; else curl -s -b $jar -o /dev/null "$B$p"; fi; done
  t1=$(ticks); s1=$(date +%s%N)
  printf "%-45s cpu %6.1f ms/req  wall %6.1f ms/req\n" "$p" $(echo "($t1-$t0)*1000/$hz/$n" | bc -l) $(echo "($s1-$s0)/1000000/$n" | bc -l)
done
