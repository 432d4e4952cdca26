#!/bin/sh
# 绩效 WPS 加载项：安装到当前用户（离线，无需 root）。用法：sh install-linux.sh      卸载：sh install-linux.sh --remove
# 把本目录下的 jixiao_<版本> 复制到 ~/.local/share/Kingsoft/wps/jsaddons，并在 publish.xml 中登记（保留其他加载项）。
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
ADDONS="${HOME}/.local/share/Kingsoft/wps/jsaddons"
LIST="${ADDONS}/publish.xml"
mkdir -p "${ADDONS}"
rm -rf "${ADDONS}"/jixiao_*
[ -f "${LIST}" ] || printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n</jsplugins>\n' > "${LIST}"
sed -i '/<jsplugin [^>]*name="jixiao"/d' "${LIST}"
if [ "$1" = "--remove" ]; then
  echo "已卸载。请重新启动 WPS。"
  exit 0
fi
FOLDER="$(cd "${HERE}" && ls -d jixiao_*/ | head -n 1 | tr -d /)"
[ -n "${FOLDER}" ] || { echo "找不到 jixiao_<版本> 文件夹，请在解压后的目录中运行。" >&2; exit 1; }
cp -R "${HERE}/${FOLDER}" "${ADDONS}/"
VERSION="${FOLDER#jixiao_}"
sed -i "s#</jsplugins>#  <jsplugin name=\"jixiao\" type=\"et\" url=\"${FOLDER}\" version=\"${VERSION}\" enable=\"enable_dev\" install=\"null\" customDomain=\"\"/>\n</jsplugins>#" "${LIST}"
echo "已安装到 ${ADDONS}。请重新启动 WPS，功能区应出现「绩效」选项卡。"
