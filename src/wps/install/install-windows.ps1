# 绩效 WPS 加载项：安装到当前用户（离线，无需管理员权限）。由 install-windows.bat 调用。
# 把本目录下的 jixiao_<版本> 复制到 %APPDATA%\kingsoft\wps\jsaddons，并在 publish.xml 中登记（保留其他加载项）。
param([switch]$Remove)
$ErrorActionPreference = 'Stop'
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$addons = Join-Path $env:APPDATA 'kingsoft\wps\jsaddons'
$list = Join-Path $addons 'publish.xml'
New-Item -ItemType Directory -Force $addons | Out-Null
Get-ChildItem $addons -Directory -Filter 'jixiao_*' | Remove-Item -Recurse -Force
if (Test-Path $list) { $xml = [IO.File]::ReadAllText($list) } else { $xml = "<?xml version=`"1.0`" encoding=`"UTF-8`"?>`r`n<jsplugins>`r`n</jsplugins>`r`n" }
$xml = [regex]::Replace($xml, '\s*<jsplugin [^>]*name="jixiao"[^>]*/>', '')
if (-not $Remove) {
  $folder = Get-ChildItem $here -Directory -Filter 'jixiao_*' | Select-Object -First 1
  if (-not $folder) { throw '找不到 jixiao_<版本> 文件夹，请在解压后的目录中运行。' }
  Copy-Item -Recurse -Force $folder.FullName $addons
  $version = $folder.Name.Substring('jixiao_'.Length)
  $entry = "  <jsplugin name=`"jixiao`" type=`"et`" url=`"$($folder.Name)`" version=`"$version`" enable=`"enable_dev`" install=`"null`" customDomain=`"`"/>"
  $xml = $xml.Replace('</jsplugins>', "$entry`r`n</jsplugins>")
}
[IO.File]::WriteAllText($list, $xml, (New-Object Text.UTF8Encoding $false))
if ($Remove) { Write-Host '已卸载。请重新启动 WPS。' } else { Write-Host "已安装到 $addons。请重新启动 WPS，功能区应出现「绩效」选项卡。" }
