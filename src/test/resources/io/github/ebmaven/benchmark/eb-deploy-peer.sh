#!/usr/bin/env bash
# What `eb deploy` (awsebcli 3.x, deployops.deploy) does, step for step, with the AWS CLI: the peer
# of ProcessBenchmark, which cannot install the EB CLI itself. Run it in the project's git work tree:
#
#   eb-deploy-peer.sh <endpoint-url> <application> <environment> <work-dir> [aws-binary]
#
# 1. the version label as the EB CLI makes it: app-<git describe --always --abbrev=4>-<yymmdd_HHMMSSffffff>
# 2. the bundle: git archive --format=zip HEAD
# 3. the bucket: CreateStorageLocation; the upload: aws s3 cp to <application>/<label>.zip
# 4. CreateApplicationVersion without processing (the EB CLI's default)
# 5. UpdateEnvironment to the new label
# 6. DescribeEvents of the environment every 5 s (the EB CLI's sleep_time) until EB's completion
#    event, judging the first answer with events on its oldest event only, as wait_for_success_events
#    does; the EB CLI judges on that event alone, and so does this script.
# Left out: the EB CLI's two existence checks before the upload (DescribeApplicationVersions of a
# label with a fresh timestamp, HeadObject of its key); both always answer "absent" here, and each
# would cost this script a whole AWS CLI start where the EB CLI spends one call in its running process.
# Exits 0 on the completion event, 1 on a failure event or after a 10-minute timeout.
set -euo pipefail

endpoint=$1 app=$2 env=$3 work=$4 aws_bin=${5:-/usr/bin/aws}
aws_() { "$aws_bin" --endpoint-url "$endpoint" --output text "$@"; }
now_ns() { date +%s%N; }

label="app-$(git describe --always --abbrev=4)-$(date +%y%m%d_%H%M%S%6N)"
label=${label//./_}
mkdir -p "$work"
zip="$work/$label.zip"
git archive --format=zip -o "$zip" HEAD

bucket=$(aws_ elasticbeanstalk create-storage-location --query S3Bucket)
aws_ s3 cp "$zip" "s3://$bucket/$app/$label.zip" --only-show-errors
aws_ elasticbeanstalk create-application-version --application-name "$app" --version-label "$label" \
  --description "$(git log --oneline -1 | cut -d' ' -f2- | cut -c1-195)" \
  --source-bundle "S3Bucket=$bucket,S3Key=$app/$label.zip" --no-process --query ApplicationVersion.VersionLabel >/dev/null
# Events from the update on: the EB CLI asks for the request's events; the AWS CLI does not print
# the request id, so the environment's events from the update on stand in for them.
since=$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)
aws_ elasticbeanstalk update-environment --environment-name "$env" --version-label "$label" --query Status >/dev/null
echo "peer: UpdateEnvironment $env -> $label"

events() {
  aws_ elasticbeanstalk describe-events --application-name "$app" --environment-name "$env" \
    --start-time "$since" --query "$1"
}
# Every 5 s like the EB CLI, which spends milliseconds per call: the AWS CLI's own start (most of
# a call here) is taken out of the pause, so that EB is looked at as often as the EB CLI looks.
pause_after() {
  local spent_ms=$(( ($(now_ns) - $1) / 1000000 ))
  local pause_ms=$(( spent_ms >= 5000 ? 0 : 5000 - spent_ms ))
  sleep "$(printf '%d.%03d' $((pause_ms / 1000)) $((pause_ms % 1000)))"
}
completed() {
  echo "peer: completed: Environment update completed successfully."
  exit 0
}

deadline=$(( $(now_ns) + 600000000000 ))
# First, as wait_for_success_events does: until the update has an event, judging the oldest one only.
while true; do
  started=$(now_ns)
  oldest=$(events 'Events[-1].Message')
  if [[ -n $oldest && $oldest != None ]]; then
    [[ $oldest == "Environment update completed successfully." ]] && completed
    pause_after "$started"
    break
  fi
  pause_after "$started"
done
# Then every 5 s: every new event, until the completion event or a failure.
while true; do
  started=$(now_ns)
  messages=$(events 'Events[].[Severity,Message]')
  if grep -q $'\tEnvironment update completed successfully\.$' <<<"$messages"; then
    completed
  fi
  if grep -qE $'^ERROR\t|\tFailed to deploy application\.$' <<<"$messages"; then
    echo "peer: failed:"; echo "$messages"
    exit 1
  fi
  if (( $(now_ns) > deadline )); then
    echo "peer: no completion event within 10 minutes"; exit 1
  fi
  pause_after "$started"
done
